using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.SummaryList;

public sealed class SummaryListTests
{
    private const string Row = """{ "key": { "text": "Name" }, "value": { "text": "Sarah Philips" } }""";

    [Fact]
    public async Task Render_WithoutRows_ThrowsNamingTheRowsOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.SummaryList>("""{ "classes": "x" }"""));

        Assert.Equal("SummaryList: option 'rows' is required", error.Message);
    }

    [Fact]
    public async Task Render_RowThatIsNotAnObject_ThrowsNamingTheRow()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.SummaryList>($$"""{ "rows": [{{Row}}, "Name: Sarah"] }"""));

        Assert.Equal("SummaryList: option 'rows[1]' must be an object of options, not the text \"Name: Sarah\"", error.Message);
    }

    [Fact]
    public async Task Render_RowWithoutKey_ThrowsNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.SummaryList>("""{ "rows": [{ "value": { "text": "Sarah" } }] }"""));

        Assert.Equal("SummaryList: option 'rows[0].key.text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_RowWithoutValue_ThrowsNamingTheValue()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.SummaryList>("""{ "rows": [{ "key": { "text": "Name" } }] }"""));

        Assert.Equal("SummaryList: option 'rows[0].value.text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_ActionWithoutHref_ThrowsNamingTheAction()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.SummaryList>(
            """{ "rows": [{ "key": { "text": "Name" }, "value": { "text": "Sarah" }, "actions": { "items": [{ "text": "Change" }] } }] }"""));

        Assert.Equal("SummaryList: option 'rows[0].actions.items[0].href' is required", error.Message);
    }

    [Fact]
    public async Task Render_CardActionWithoutText_ThrowsNamingTheAction()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.SummaryList>(
            $$"""{ "card": { "actions": { "items": [{ "href": "#" }] } }, "rows": [{{Row}}] }"""));

        Assert.Equal("card.actions.items[0].text", error.Option);
    }

    [Fact]
    public async Task Render_CardTitleHeadingLevelOutsideOneToSix_ThrowsNamingTheOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.SummaryList>(
            $$"""{ "card": { "title": { "text": "Job", "headingLevel": 7 } }, "rows": [{{Row}}] }"""));

        Assert.Equal("card.title.headingLevel", error.Option);
    }

    [Fact]
    public async Task Render_RowActionInACard_ReadsOutTheCardTitle()
    {
        var html = await Render.Html<Components.SummaryList>(
            """{ "card": { "title": { "text": "Job 1" } }, "rows": [{ "key": { "text": "Name" }, "value": { "text": "Sarah" }, "actions": { "items": [{ "href": "#", "text": "Change", "visuallyHiddenText": "name" }] } }] }""");

        Assert.Contains("<span class=\"govuk-visually-hidden\"> name (Job 1)</span>", html);
    }
}
