using AngleSharp.Html.Parser;

namespace GovDesign.Components.Tests.ErrorMessage;

/// <summary>The error message reads as the macro's does: the hidden prefix, a space, then the message.</summary>
public sealed class ErrorMessageTests
{
    [Theory]
    [InlineData("en", "Error: Enter your full name")]
    [InlineData("cy", "Gwall: Enter your full name")]
    [InlineData("vi", "Lỗi: Enter your full name")]
    public async Task Render_WithTheDefaultPrefix_SeparatesItFromTheMessageWithASpace(string culture, string expected)
    {
        var html = await Render.Html<Components.ErrorMessage>("""{ "text": "Enter your full name" }""", culture);

        Assert.Equal(expected, new HtmlParser().ParseFragment(html, null!)[0].TextContent.Trim());
    }

    [Fact]
    public async Task Render_WithoutAPrefix_IsOnlyTheMessage()
    {
        var html = await Render.Html<Components.ErrorMessage>("""{ "text": "Enter your full name", "visuallyHiddenText": "" }""");

        Assert.Equal("Enter your full name", new HtmlParser().ParseFragment(html, null!)[0].TextContent.Trim());
    }
}
