using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class LongTextAnswerTests
{
    [Theory]
    [InlineData("first\r\nsecond", "first\nsecond")]
    [InlineData("  padded  ", "padded")]
    [InlineData("a\n\n\n\nb", "a\n\nb")]
    public void Read_KeepsLineBreaks(string posted, string expected)
    {
        var result = new LongTextAnswer().Read(Question(), One(posted));

        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData(5, null, "123456", "Your answer must be 5 characters or fewer")]
    [InlineData(null, 2, "one two three", "Your answer must be 2 words or fewer")]
    [InlineData(null, null, "", "Enter your answer")]
    [InlineData(null, null, "x\u0000", "Your answer must not include hidden control characters")]
    public void Read_Invalid_SaysWhatIsWrong(int? maxLength, int? maxWords, string posted, string message)
    {
        var result = new LongTextAnswer { MaxLength = maxLength, MaxWords = maxWords }.Read(Question(), One(posted));

        Assert.Equal(message, OnlyError(result));
    }

    [Fact]
    public async Task Render_WithMaximum_IsACharacterCount()
    {
        var document = await RenderAsync(new LongTextAnswer { MaxLength = 500 }, Question(), new AnswerState());

        Assert.NotNull(document.QuerySelector(".govuk-character-count[data-maxlength='500'] textarea#q"));
    }

    [Fact]
    public async Task Render_WithoutMaximum_IsATextarea()
    {
        var document = await RenderAsync(new LongTextAnswer(), Question(), new AnswerState());

        Assert.NotNull(document.QuerySelector("textarea#q.govuk-textarea"));
        Assert.Null(document.QuerySelector(".govuk-character-count"));
    }
}
