using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.CookieBanner;

public sealed class CookieBannerTests
{
    [Fact]
    public async Task Render_WithoutMessages_ThrowsNamingTheMessagesOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.CookieBanner>("""{ "ariaLabel": "Cookies" }"""));

        Assert.Equal("CookieBanner: option 'messages' is required", error.Message);
    }

    [Fact]
    public async Task Render_ActionWithoutText_ThrowsNamingTheAction()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.CookieBanner>(
            """{ "messages": [{ "text": "We use cookies" }, { "actions": [{ "text": "Accept" }, { "href": "/cookies" }] }] }"""));

        Assert.Equal("CookieBanner: option 'messages[1].actions[1].text' is required", error.Message);
    }

    [Theory]
    [InlineData("cy", "Baner cwcis")]
    [InlineData("vi", "Biểu ngữ cookie")]
    public async Task Render_WithoutAriaLabel_LabelsTheRegionInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.CookieBanner>("""{ "messages": [{ "text": "We use cookies" }] }""", culture);

        Assert.Contains($"aria-label=\"{expected}\"", html);
    }

    [Fact]
    public async Task Render_Action_IsAButtonOfTypeButtonByDefault()
    {
        var html = await Render.Html<Components.CookieBanner>("""{ "messages": [{ "actions": [{ "text": "Hide", "name": "cookies", "value": "hide" }] }] }""");

        Assert.Contains("<button type=\"button\" value=\"hide\" name=\"cookies\"", html);
    }
}
