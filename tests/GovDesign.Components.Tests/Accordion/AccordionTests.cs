using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Accordion;

public sealed class AccordionTests
{
    private const string Section = """{ "heading": { "text": "Section A" }, "content": { "text": "Some content" } }""";

    [Fact]
    public async Task Render_WithoutId_ThrowsNamingTheIdOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Accordion>($$"""{ "items": [{{Section}}] }"""));

        Assert.Equal("Accordion: option 'id' is required: the ids of the sections are made from it", error.Message);
    }

    [Fact]
    public async Task Render_WithoutItems_ThrowsNamingTheItemsOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Accordion>("""{ "id": "faq" }"""));

        Assert.Equal("Accordion: option 'items' is required", error.Message);
    }

    [Fact]
    public async Task Render_SectionWithoutHeading_ThrowsNamingTheSection()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Accordion>(
            $$"""{ "id": "faq", "items": [{{Section}}, { "content": { "text": "Orphan" } }] }"""));

        Assert.Equal("Accordion: option 'items[1].heading.text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_SectionWithoutContent_ThrowsNamingTheSection()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Accordion>(
            """{ "id": "faq", "items": [{ "heading": { "text": "Empty" } }] }"""));

        Assert.Equal("Accordion: option 'items[0].content.text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_HeadingLevelOutsideOneToSix_ThrowsNamingTheOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Accordion>(
            $$"""{ "id": "faq", "headingLevel": 8, "items": [{{Section}}] }"""));

        Assert.Equal("headingLevel", error.Option);
    }

    [Fact]
    public async Task Render_InWelshWithoutTexts_GivesTheJavaScriptWelshTexts()
    {
        var html = await Render.Html<Components.Accordion>($$"""{ "id": "faq", "items": [{{Section}}] }""", "cy");

        Assert.Contains("data-i18n.hide-all-sections=\"Cuddio pob adran\"", html);
        Assert.Contains("data-i18n.hide-section=\"Cuddio\"", html);
        Assert.Contains("data-i18n.hide-section-aria-label=\"Cuddio&#x27;r adran hon\"", html);
        Assert.Contains("data-i18n.show-all-sections=\"Dangos pob adran\"", html);
        Assert.Contains("data-i18n.show-section=\"Dangos\"", html);
        Assert.Contains("data-i18n.show-section-aria-label=\"Dangos yr adran hon\"", html);
    }

    [Fact]
    public async Task Render_InVietnameseWithATextGiven_KeepsTheGivenText()
    {
        var html = await Render.Html<Components.Accordion>($$"""{ "id": "faq", "showSectionText": "Mở", "items": [{{Section}}] }""", "vi");

        Assert.Contains("data-i18n.show-section=\"Mở\"", html);
        Assert.Contains("data-i18n.hide-section=\"Ẩn\"", html);
    }

    [Fact]
    public async Task Render_InEnglishWithoutTexts_LeavesTheJavaScriptDefaults()
    {
        var html = await Render.Html<Components.Accordion>($$"""{ "id": "faq", "items": [{{Section}}] }""");

        Assert.DoesNotContain("data-i18n", html);
    }
}
