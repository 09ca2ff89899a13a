using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Pagination;

public sealed class PaginationTests
{
    private const string Pages = """{ "previous": { "href": "/1" }, "next": { "href": "/3" }, "items": [{ "number": 1, "href": "/1" }, { "number": 2, "href": "/2", "current": true }] }""";

    [Theory]
    [InlineData("cy", "aria-label=\"Tudalennu\"", "aria-label=\"Tudalen 1\"", "Blaenorol<span class=\"govuk-visually-hidden\"> tudalen</span>", "Nesaf<span")]
    [InlineData("vi", "aria-label=\"Phân trang\"", "aria-label=\"Trang 1\"", "Trước<span class=\"govuk-visually-hidden\"> trang</span>", "Tiếp<span")]
    public async Task Render_WithDefaults_LabelsEverythingInTheCurrentLanguage(string culture, string landmark, string page, string previous, string next)
    {
        var html = await Render.Html<Components.Pagination>(Pages, culture);

        Assert.Contains(landmark, html);
        Assert.Contains(page, html);
        Assert.Contains(previous, html);
        Assert.Contains(next, html);
    }

    [Fact]
    public async Task Render_ItemWithNeitherNumberNorEllipsis_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Pagination>("""{ "items": [{ "number": 1, "href": "/1" }, { "href": "/2" }] }"""));

        Assert.Equal("Pagination: option 'items[1]' needs a number or ellipsis", error.Message);
    }

    [Fact]
    public async Task Render_EmptyItem_IsSkippedAsTheMacroDoes()
    {
        var html = await Render.Html<Components.Pagination>("""{ "items": [{ "number": 1, "href": "/1" }, {}] }""");

        Assert.Single(html.Split("govuk-pagination__item").Skip(1));
    }

    [Fact]
    public async Task Render_NextWithoutHref_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Pagination>("""{ "next": { "text": "Next" } }"""));

        Assert.Equal("Pagination: option 'next.href' is required", error.Message);
    }
}
