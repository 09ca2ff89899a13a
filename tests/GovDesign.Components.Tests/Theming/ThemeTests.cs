namespace GovDesign.Components.Tests.Theming;

public sealed class ThemeTests
{
    [Fact]
    public void ToCustomProperties_SetsGovukFrontendColoursAndOurFontStack()
    {
        var theme = new Theme { BrandColour = "#005a70", LinkColour = "#00607a", FontFamily = "\"Noto Sans\", Arial, sans-serif" };

        Assert.Equal(
            "--govuk-brand-colour:#005a70;--govdesign-header-colour:#005a70;--govuk-link-colour:#00607a;--govdesign-font-family:\"Noto Sans\", Arial, sans-serif;",
            theme.ToCustomProperties());
    }

    [Fact]
    public void ToCustomProperties_OfAnEmptyTheme_ChangesNothing()
    {
        Assert.Equal("", new Theme().ToCustomProperties());
    }

    [Fact]
    public void Validate_BrandColourTooLightForWhiteText_SaysTheContrastRatio()
    {
        var error = Assert.Throws<ArgumentException>(() => new Theme { BrandColour = "#ffdd00" }.Validate());

        Assert.Equal("BrandColour", error.ParamName);
        Assert.StartsWith("Theme: BrandColour #ffdd00 has a contrast ratio of 1.3:1 with the white header text on it; WCAG 2.2 AA needs at least 4.5:1.", error.Message);
    }

    [Theory]
    [InlineData("blue")]
    [InlineData("#12345")]
    [InlineData("#zzzzzz")]
    [InlineData("red;} body{display:none")]
    public void Validate_ColourThatIsNotHex_IsRejected(string colour)
    {
        var error = Assert.Throws<ArgumentException>(() => new Theme { LinkColour = colour }.Validate());

        Assert.Contains("LinkColour must be a hex colour", error.Message);
    }

    [Theory]
    [InlineData("Arial; } body { display: none")]
    [InlineData("</style><script>alert(1)</script>")]
    [InlineData("url(https://example.com/font)")]
    public void Validate_FontFamilyThatIsNotAListOfNames_IsRejected(string fontFamily)
    {
        Assert.Throws<ArgumentException>(() => new Theme { FontFamily = fontFamily }.Validate());
    }

    [Fact]
    public void Validate_ShortHexColourWithEnoughContrast_IsAccepted()
    {
        new Theme { BrandColour = "#036", LinkColour = "#1a65a6" }.Validate();
    }

    [Fact]
    public async Task ThemeScope_PutsTheThemeOnItsContentOnly()
    {
        var html = await Render.Html<ThemeScope>("""{ "theme": { "brandColour": "#005a70" } }""");

        Assert.Equal("<div class=\"govdesign-theme-scope\" style=\"--govuk-brand-colour:#005a70;--govdesign-header-colour:#005a70;\"></div>", html);
    }

    [Fact]
    public async Task ThemeStyle_WritesFontNamesAsCssNotAsHtmlEntities()
    {
        var html = await Render.Html<ThemeStyle>("""{ "theme": { "fontFamily": "\"Noto Sans\", sans-serif" } }""");

        Assert.Equal("<style>:root{--govdesign-font-family:\"Noto Sans\", sans-serif;}</style>", html);
    }
}
