using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.PasswordInput;

public sealed class PasswordInputTests
{
    private static async Task<IDocument> Render(string options, string culture = "en") =>
        new HtmlParser().ParseDocument(await Tests.Render.Html<Components.PasswordInput>(options, culture));

    [Fact]
    public async Task Render_WithoutNameOrId_ThrowsNamingComponentAndOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render("""{ "label": { "text": "Password" } }"""));

        Assert.Equal("PasswordInput: option 'name' is required (or give an id)", error.Message);
    }

    [Theory]
    [InlineData("en", "Show", "Show password")]
    [InlineData("cy", "Dangos", "Dangos cyfrinair")]
    [InlineData("vi", "Hiện", "Hiện mật khẩu")]
    public async Task Render_ToggleButton_SpeaksTheCurrentLanguage(string culture, string text, string ariaLabel)
    {
        var page = await Render("""{ "name": "password", "label": { "text": "Password" } }""", culture);

        var button = page.QuerySelector("button")!;
        Assert.Equal(text, button.TextContent.Trim());
        Assert.Equal(ariaLabel, button.GetAttribute("aria-label"));
        Assert.Equal("password", button.GetAttribute("aria-controls"));
    }

    [Fact]
    public async Task Render_InWelsh_GivesTheScriptWelshMessages()
    {
        var page = await Render("""{ "name": "password", "label": { "text": "Cyfrinair" } }""", "cy");

        var group = page.QuerySelector(".govuk-password-input")!;
        Assert.Equal("Dangos", group.GetAttribute("data-i18n.show-password"));
        Assert.Equal("Cuddio", group.GetAttribute("data-i18n.hide-password"));
        Assert.Equal("Cuddio cyfrinair", group.GetAttribute("data-i18n.hide-password-aria-label"));
        Assert.Equal("Mae eich cyfrinair wedi'i guddio", group.GetAttribute("data-i18n.password-hidden-announcement"));
    }

    [Fact]
    public async Task Render_InEnglish_LeavesTheScriptItsOwnMessages()
    {
        var page = await Render("""{ "name": "password", "label": { "text": "Password" } }""");

        var group = page.QuerySelector(".govuk-password-input")!;
        Assert.DoesNotContain(group.Attributes, attribute => attribute.Name.StartsWith("data-i18n", StringComparison.Ordinal));
    }
}
