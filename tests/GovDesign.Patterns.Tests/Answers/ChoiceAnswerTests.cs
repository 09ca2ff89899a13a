using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class ChoiceAnswerTests
{
    private static readonly AnswerOption[] Colours = [new("red", "Red"), new("green", "Green"), new("blue", "Blue")];

    private static readonly MultipleChoiceAnswer Multiple = new() { Options = Colours, NoneOption = new("none", "None of these"), MaxSelections = 2 };

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("no", "no")]
    [InlineData("", null)]
    [InlineData("maybe", null)]
    [InlineData("YES", null)]
    public void YesNo_Read_AcceptsOnlyYesOrNo(string posted, string? expected)
    {
        var result = new YesNoAnswer().Read(Question(), One(posted));

        Assert.Equal(expected, result.Value?.GetValue<string>());
        Assert.Equal(expected is null, result.Errors.Count == 1);
    }

    [Theory]
    [InlineData("en", "Yes")]
    [InlineData("cy", "Ie")]
    [InlineData("vi", "Có")]
    public void YesNo_Describe_InTheCurrentLanguage(string culture, string expected)
    {
        Assert.Equal(expected, InCulture(culture, () => new YesNoAnswer().Describe(JsonValue.Create("yes"))));
    }

    [Theory]
    [InlineData("green", "green")]
    [InlineData("purple", null)]
    [InlineData("", null)]
    [InlineData("<script>", null)]
    public void SingleChoice_Read_AcceptsOnlyAnOption(string posted, string? expected)
    {
        var result = new SingleChoiceAnswer { Options = Colours }.Read(Question(subject: "a colour"), One(posted));

        Assert.Equal(expected, result.Value?.GetValue<string>());
        if (expected is null)
        {
            Assert.Equal("Select a colour", OnlyError(result));
        }
    }

    [Theory]
    [InlineData(3, 10, false)]
    [InlineData(10, 10, false)]
    [InlineData(11, 10, true)]
    [InlineData(4, 3, true)]
    public void SingleChoice_UsesASelectAboveTheThreshold(int options, int threshold, bool select)
    {
        var answer = new SingleChoiceAnswer { Options = [.. Enumerable.Range(1, options).Select(i => new AnswerOption($"o{i}", $"Option {i}"))], SelectThreshold = threshold };

        Assert.Equal(select, answer.UsesSelect);
    }

    [Theory]
    [InlineData(new[] { "blue", "red" }, "[\"red\",\"blue\"]", null)]
    [InlineData(new[] { "none" }, "[\"none\"]", null)]
    [InlineData(new[] { "red", "red" }, "[\"red\"]", null)]
    [InlineData(new string[0], null, "Select your answer, or select ‘None of these’")]
    [InlineData(new[] { "red", "none" }, null, "Select your answer, or select ‘None of these’ on its own")]
    [InlineData(new[] { "red", "green", "blue" }, null, "Select no more than 2 options for your answer")]
    [InlineData(new[] { "purple" }, null, "Select your answer, or select ‘None of these’")]
    public void MultipleChoice_Read(string[] posted, string? expected, string? message)
    {
        var result = Multiple.Read(Question(), Form([.. posted.Select(v => ("q", v))]));

        Assert.Equal(expected, result.Value?.ToJsonString());
        Assert.Equal(message, result.Errors.SingleOrDefault()?.Message);
    }

    [Fact]
    public void MultipleChoice_Describe_ListsTheChosenTexts()
    {
        Assert.Equal("Red\nBlue", Multiple.Describe(new JsonArray("red", "blue")));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task SingleChoice_Render_InlineSetsTheRadiosSideBySide(bool inline, bool expected)
    {
        var answer = new SingleChoiceAnswer { Options = Colours, Inline = inline };

        var document = await RenderAsync(answer, Question(), new AnswerState());

        Assert.Equal(expected, document.QuerySelector(".govuk-radios")!.ClassList.Contains("govuk-radios--inline"));
    }

    [Fact]
    public async Task SingleChoice_Render_InlineWithASelect_ShowsTheSelect()
    {
        var answer = new SingleChoiceAnswer { Options = Colours, Inline = true, SelectThreshold = 2 };

        var document = await RenderAsync(answer, Question(), new AnswerState());

        Assert.NotNull(document.QuerySelector("select#q"));
        Assert.Null(document.QuerySelector(".govuk-radios--inline"));
    }
}
