using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class EqualityQuestionsTests
{
    [Fact]
    public void Section_ByDefault_AsksSixOptionalQuestionsEachEndingWithPreferNotToSay()
    {
        var section = InCulture("en", () => EqualityQuestions.Section());

        Assert.Equal(
            ["equality-age", "equality-sex", "equality-gender-same-as-at-birth", "equality-sexual-orientation", "equality-disability", "equality-religion"],
            section.Select(q => q.Question.Name));
        Assert.All(section, q => Assert.False(q.Question.Required));
        Assert.All(section, q => Assert.Equal(new AnswerOption(EqualityQuestions.PreferNotToSay, "Prefer not to say"), q.Answer.Options[^1]));
        Assert.All(section, q => Assert.Contains("You do not have to answer", q.Question.Hint, StringComparison.Ordinal));
        Assert.Equal("25 to 34", section[0].Answer.Options.Single(o => o.Value == "25-34").Text);
    }

    [Fact]
    public void Section_WithEthnicGroups_AsksAboutThemLast_AsRadiosHoweverMany()
    {
        var groups = Enumerable.Range(1, 19).Select(i => new AnswerOption($"group-{i}", $"Group {i}")).ToList();

        var last = InCulture("en", () => EqualityQuestions.Section("survey", groups))[^1];

        Assert.Equal("survey-ethnic-group", last.Question.Name);
        Assert.Equal(20, last.Answer.Options.Count);
        Assert.True(last.Answer.SelectThreshold > last.Answer.Options.Count);
    }

    [Theory]
    [InlineData("cy", "Oes", "Nac oes", "Mae'n well gennyf beidio â dweud")]
    [InlineData("vi", "Có", "Không", "Không muốn trả lời")]
    public void Section_InWelshAndVietnamese_AnswersAgreeWithTheQuestion(string culture, string yes, string no, string preferNot)
    {
        var disability = InCulture(culture, () => EqualityQuestions.Section()).Single(q => q.Question.Name == "equality-disability");

        Assert.Equal([yes, no, preferNot], disability.Answer.Options.Select(o => o.Text));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(EqualityQuestions.PreferNotToSay, EqualityQuestions.PreferNotToSay)]
    [InlineData("bisexual", "bisexual")]
    public void Read_SkippedOrAnswered_IsNeverAnError(string posted, string? saved)
    {
        var orientation = InCulture("en", () => EqualityQuestions.Section()).Single(q => q.Question.Name == "equality-sexual-orientation");

        var result = orientation.Answer.Read(orientation.Question, Form(("equality-sexual-orientation", posted)));

        Assert.Empty(result.Errors);
        Assert.Equal(saved, result.Value?.GetValue<string>());
    }

    [Fact]
    public async Task Render_Religion_IsRadiosWithTheHint()
    {
        var religion = InCulture("en", () => EqualityQuestions.Section()).Single(q => q.Question.Name == "equality-religion");

        var page = await RenderAsync(religion.Answer, religion.Question, new AnswerState());

        Assert.Equal(9, page.QuerySelectorAll("input[type=radio][name='equality-religion']").Length);
        Assert.Null(page.QuerySelector("select"));
        Assert.Contains("You do not have to answer", page.QuerySelector(".govuk-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_EmptyPrefix_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => EqualityQuestions.Section(" "));
    }
}
