using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.ErrorSummary;

public sealed class ErrorSummaryTests
{
    [Theory]
    [InlineData("en", "There is a problem")]
    [InlineData("cy", "Mae problem wedi codi")]
    [InlineData("vi", "Đã có lỗi xảy ra")]
    public async Task Render_WithoutTitle_SaysThereIsAProblemInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.ErrorSummary>("""{ "errorList": [{ "text": "Enter your name", "href": "#name" }] }""", culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_ErrorWithoutMessage_ThrowsNamingTheError()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.ErrorSummary>("""{ "errorList": [{ "text": "Enter your name" }, { "href": "#email" }] }"""));

        Assert.Equal("ErrorSummary", error.Component);
        Assert.Equal("errorList[1]", error.Option);
    }

    [Fact]
    public async Task Render_ErrorThatIsNotAnObject_ThrowsNamingTheError()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.ErrorSummary>("""{ "errorList": ["Enter your name"] }"""));

        Assert.Equal("errorList[0]", error.Option);
    }

    [Fact]
    public async Task Render_ErrorWithHref_LinksToTheField()
    {
        var html = await Render.Html<Components.ErrorSummary>("""{ "errorList": [{ "text": "Enter your name", "href": "#name" }] }""");

        Assert.Contains("<a href=\"#name\">Enter your name</a>", html);
    }
}
