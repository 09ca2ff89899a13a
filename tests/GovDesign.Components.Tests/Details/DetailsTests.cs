using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Details;

public sealed class DetailsTests
{
    [Fact]
    public async Task Render_WithoutSummary_ThrowsNamingTheSummaryOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Details>("""{ "text": "More" }"""));

        Assert.Equal("Details: option 'summaryText' is required, or give 'summaryHtml'", error.Message);
    }

    [Fact]
    public async Task Render_WithoutContent_ThrowsNamingTheTextOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Details>("""{ "summaryText": "Help" }"""));

        Assert.Equal("Details: option 'text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_Open_RendersTheBareOpenAttribute()
    {
        var html = await Render.Html<Components.Details>("""{ "summaryText": "Help", "text": "More", "open": true }""");

        Assert.Contains("<details class=\"govuk-details\" open>", html);
    }
}
