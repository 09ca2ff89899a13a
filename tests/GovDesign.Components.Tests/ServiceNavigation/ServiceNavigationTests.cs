using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.ServiceNavigation;

public sealed class ServiceNavigationTests
{
    private const string Options = """{ "serviceName": "Apply", "navigation": [{ "href": "/a", "text": "A" }, { "href": "/b", "text": "B" }] }""";

    [Theory]
    [InlineData("cy", "aria-label=\"Gwybodaeth am y gwasanaeth\"", ">Dewislen</button>")]
    [InlineData("vi", "aria-label=\"Thông tin dịch vụ\"", ">Danh mục</button>")]
    public async Task Render_WithDefaults_LabelsTheRegionAndMenuInTheCurrentLanguage(string culture, string region, string menu)
    {
        var html = await Render.Html<Components.ServiceNavigation>(Options, culture);

        Assert.Contains(region, html);
        Assert.Contains(menu, html);
    }

    [Fact]
    public async Task Render_ItemWithNeitherTextNorHtml_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.ServiceNavigation>("""{ "navigation": [{ "href": "/a", "text": "A" }, { "href": "/b" }] }"""));

        Assert.Equal("ServiceNavigation: option 'navigation[1]' needs text or html", error.Message);
    }

    [Fact]
    public async Task Render_EndSlotGivenAsText_IsTakenAsItsHtml()
    {
        var html = await Render.Html<Components.ServiceNavigation>("""{ "slots": { "end": "<div id=\"end\"></div>" } }""");

        Assert.Contains("<div id=\"end\"></div>", html);
        Assert.StartsWith("<section", html.TrimStart());
    }
}
