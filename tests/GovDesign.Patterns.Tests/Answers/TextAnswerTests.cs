using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class TextAnswerTests
{
    private static readonly TextAnswer Limited = new() { MinLength = 2, MaxLength = 10, MaxWords = 2 };

    [Theory]
    [InlineData("  Acme   Ltd  ", "Acme Ltd")]
    [InlineData("ＡＢ１２", "AB12")]
    [InlineData("<b>bold</b>", "<b>bold</b>")]
    [InlineData("Đà Nẵng", "Đà Nẵng")]
    public void Read_Valid_SavesTheCleanedText(string posted, string expected)
    {
        var result = new TextAnswer().Read(Question(), One(posted));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "Enter your answer")]
    [InlineData("    ", "Enter your answer")]
    [InlineData("a", "Your answer must be 2 characters or more")]
    [InlineData("abcdefghijk", "Your answer must be 10 characters or fewer")]
    [InlineData("one two three", "Your answer must be 10 characters or fewer")]
    [InlineData("a b c", "Your answer must be 2 words or fewer")]
    [InlineData("bad\u0001", "Your answer must not include hidden control characters")]
    public void Read_Invalid_SaysWhatIsWrong(string posted, string message)
    {
        var result = Limited.Read(Question(), One(posted));

        Assert.Null(result.Value);
        Assert.Equal(new FieldError("q", message), Assert.Single(result.Errors));
    }

    [Fact]
    public void Read_AHundredThousandCharacters_IsRefusedWithAMessage()
    {
        var result = new TextAnswer().Read(Question(), One(new string('x', 100_000)));

        Assert.Equal("Your answer must be 20,000 characters or fewer", OnlyError(result));
    }

    [Fact]
    public void Read_Optional_Empty_HasNoValueAndNoError()
    {
        var result = new TextAnswer().Read(Question() with { Required = false }, One(" "));

        Assert.True(result.IsValid);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("AB123", true)]
    [InlineData("ab123", false)]
    [InlineData("AB1234", false)]
    [InlineData("", false)]
    public void Read_Pattern_UsesTheCustomMessage(string posted, bool valid)
    {
        var answer = new TextAnswer { Pattern = "[A-Z]{2}[0-9]{3}", PatternMessage = "Enter a reference like AB123" };

        var result = answer.Read(Question(), One(posted));

        Assert.Equal(valid, result.IsValid);
        if (!valid && posted.Length > 0)
        {
            Assert.Equal("Enter a reference like AB123", OnlyError(result));
        }
    }

    [Fact]
    public void Read_PatternThatBacktracksForever_CountsAsNoMatchWithoutHanging()
    {
        var answer = new TextAnswer { Pattern = "(a+)+$" };

        var result = answer.Read(Question(), One(new string('a', 5_000) + "!"));

        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("required", "", "Tell us your answer")]
    [InlineData("maxLength", "abcdefghijklmnop", "Too long")]
    [InlineData("pattern", "zz", "Not like that")]
    public void Read_CustomMessage_WinsOverTheDefault(string rule, string posted, string custom)
    {
        var question = Question() with { Messages = new Dictionary<string, string> { [rule] = custom } };
        var answer = new TextAnswer { MaxLength = 10, Pattern = "[0-9]+" };

        var result = answer.Read(question, One(posted));

        Assert.Equal(custom, OnlyError(result));
    }

    [Theory]
    [InlineData("cy", "Rhowch eich ateb")]
    [InlineData("vi", "Nhập câu trả lời của bạn")]
    public void Read_Empty_InWelshAndVietnamese(string culture, string expected)
    {
        var subject = culture == "cy" ? "eich ateb" : "câu trả lời của bạn";

        var result = InCulture(culture, () => new TextAnswer().Read(Question(subject: subject), One("")));

        Assert.Equal(expected, OnlyError(result));
    }

    [Fact]
    public void Describe_IsTheTextItself()
    {
        Assert.Equal("<i>x</i>", new TextAnswer().Describe(JsonValue.Create("<i>x</i>")));
    }
}
