using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class PasswordAnswerTests
{
    // A few iterations keep the tests fast; the default is 600,000.
    private static readonly PasswordAnswer Answer = new() { HashIterations = 1_000 };

    private static AnswerQuestion Password => Question("password", "a password");

    [Fact]
    public void Read_GoodPassword_KeepsOnlyASaltedHashThatVerifies()
    {
        const string password = "  lantern orbit  pebble ";

        var result = Answer.Read(Password, Form(("password", password)));

        Assert.Empty(result.Errors);
        var hash = result.Value!.GetValue<string>();
        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("lantern", hash, StringComparison.Ordinal);
        Assert.True(PasswordAnswer.Verify(hash, password));
        Assert.False(PasswordAnswer.Verify(hash, password.Trim()));
        Assert.NotEqual(hash, Answer.Read(Password, Form(("password", password))).Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "Enter a password")]
    [InlineData("short pass", "A password must be 12 characters or more")]
    [InlineData("aaaaaaaaaaaaaa", "A password is too easy to guess. Try a few random words together")]
    [InlineData("abababababababab", "A password is too easy to guess. Try a few random words together")]
    [InlineData("123456789012", "A password is too easy to guess. Try a few random words together")]
    [InlineData("abcdefghijklmn", "A password is too easy to guess. Try a few random words together")]
    [InlineData("Password12345", "A password is too easy to guess. Try a few random words together")]
    public void Read_WeakPassword_SaysWhy(string posted, string message)
    {
        Assert.Equal(message, OnlyError(Answer.Read(Password, Form(("password", posted)))));
    }

    [Fact]
    public void Read_BreachedPassword_IsRefusedWithItsOwnMessage()
    {
        var answer = Answer with { IsBreached = p => p == "correct horse battery" };

        Assert.Equal("A password has appeared in a data breach on another website. Choose a different password",
            OnlyError(answer.Read(Password, Form(("password", "correct horse battery")))));
        Assert.Empty(answer.Read(Password, Form(("password", "quiet violet harbour"))).Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10$not base64$AAAA")]
    [InlineData("md5$abc")]
    public void Verify_HashOfAnotherShape_IsFalse(string hash)
    {
        Assert.False(PasswordAnswer.Verify(hash, "anything at all"));
    }

    [Fact]
    public async Task Render_AfterAnError_NeverShowsThePasswordAgain()
    {
        var page = await RenderAfterPostAsync(Answer, Password, Form(("password", "short pass")));

        var input = page.QuerySelector("input#password")!;
        Assert.Null(input.GetAttribute("value"));
        Assert.Equal("new-password", input.GetAttribute("autocomplete"));
        Assert.DoesNotContain("short pass", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("A password must be 12 characters or more", page.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Rhaid iddo fod o leiaf 12 nod")]
    [InlineData("vi", "Phải có ít nhất 12 ký tự")]
    public async Task Render_DefaultHint_IsLocalised(string culture, string start)
    {
        var page = await RenderAsync(Answer, Password, new AnswerState(), culture);

        Assert.StartsWith(start, page.QuerySelector(".govuk-hint")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NeverShowsTheHash()
    {
        Assert.Equal("Set (not shown)", Answer.Describe(System.Text.Json.Nodes.JsonValue.Create("pbkdf2-sha256$1$AA$AA")));
    }
}
