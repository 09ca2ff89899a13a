namespace GovDesign.Components.Tests.WarningText;

public sealed class WarningTextTests
{
    [Theory]
    [InlineData("en", "Warning")]
    [InlineData("cy", "Rhybudd")]
    [InlineData("vi", "Cảnh báo")]
    public async Task Render_WithoutIconFallbackText_ReadsWarningInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.WarningText>("""{ "text": "You can be fined" }""", culture);

        Assert.Contains($"<span class=\"govuk-visually-hidden\">{expected}</span>", html);
    }

    [Fact]
    public async Task Render_WithIconFallbackText_UsesItInAnyLanguage()
    {
        var html = await Render.Html<Components.WarningText>("""{ "text": "Dirwy", "iconFallbackText": "Sylw" }""", "cy");

        Assert.Contains("<span class=\"govuk-visually-hidden\">Sylw</span>", html);
    }
}
