using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Tabs;

public sealed class TabsTests
{
    [Fact]
    public async Task Render_ItemWithoutIdOrIdPrefix_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Tabs>(
            """{ "items": [{ "label": "Past day", "panel": { "text": "None" } }] }"""));

        Assert.Equal("Tabs: option 'items[0].id' is required when there is no 'idPrefix'", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutLabel_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Tabs>(
            """{ "idPrefix": "t", "items": [{ "label": "Day", "panel": { "text": "None" } }, { "panel": { "text": "None" } }] }"""));

        Assert.Equal("Tabs: option 'items[1].label' is required", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutPanel_ThrowsNamingThePanel()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Tabs>(
            """{ "items": [{ "id": "day", "label": "Past day" }] }"""));

        Assert.Equal("Tabs: option 'items[0].panel.text' is required, or give 'html'", error.Message);
    }

    [Theory]
    [InlineData("cy", "Cynnwys")]
    [InlineData("vi", "Mục lục")]
    public async Task Render_WithoutTitle_TitlesTheContentsInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.Tabs>("{}", culture);

        Assert.Contains($"<h2 class=\"govuk-tabs__title\">{expected}</h2>", html);
    }

    [Fact]
    public async Task Render_WithIdPrefix_NumbersThePanelsFromOne()
    {
        var html = await Render.Html<Components.Tabs>(
            """{ "idPrefix": "year", "items": [{ "label": "A", "panel": { "text": "a" } }, { "label": "B", "panel": { "text": "b" } }] }""");

        Assert.Contains("href=\"#year-2\"", html);
        Assert.Contains("id=\"year-2\"", html);
    }
}
