using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Breadcrumbs;

public sealed class BreadcrumbsTests
{
    [Theory]
    [InlineData("cy", "aria-label=\"Briwsion bara\"")]
    [InlineData("vi", "aria-label=\"Đường dẫn điều hướng\"")]
    public async Task Render_WithoutLabel_NamesTheTrailInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.Breadcrumbs>("""{ "items": [{ "text": "Home", "href": "/" }] }""", culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_WithoutItems_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Breadcrumbs>("{}"));

        Assert.Equal("Breadcrumbs: option 'items' is required", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutTextOrHtml_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Breadcrumbs>("""{ "items": [{ "text": "Home", "href": "/" }, { "href": "/a" }] }"""));

        Assert.Equal("Breadcrumbs: option 'items[1]' needs text or html", error.Message);
    }
}
