using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.LanguageNavigation;

public sealed class LanguageNavigationTests
{
    private const string Items = """{ "items": [{ "text": "English", "lang": "en", "current": true }, { "text": "Cymraeg", "lang": "cy", "href": "/cy" }] }""";

    [Theory]
    [InlineData("cy", "aria-label=\"Iaith\"")]
    [InlineData("vi", "aria-label=\"Ngôn ngữ\"")]
    public async Task Render_WithoutAriaLabel_NamesTheNavigationInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.LanguageNavigation>(Items, culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_WithoutItems_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.LanguageNavigation>("{}"));

        Assert.Equal("LanguageNavigation: option 'items' is required", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutName_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.LanguageNavigation>("""{ "items": [{ "lang": "cy", "href": "/cy" }] }"""));

        Assert.StartsWith("LanguageNavigation: option 'items[0]' needs text or html", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutLang_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.LanguageNavigation>("""{ "items": [{ "text": "Cymraeg", "href": "/cy" }] }"""));

        Assert.StartsWith("LanguageNavigation: option 'items[0].lang' is required", error.Message);
    }
}
