using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Checkboxes;

public sealed class CheckboxesTests
{
    [Fact]
    public async Task Render_WithoutNameForAnItem_ThrowsNamingCheckboxesAndName()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Checkboxes>("""
            { "idPrefix": "waste", "items": [{ "name": "animal", "value": "animal", "text": "Animal" }, { "value": "farm", "text": "Farm" }] }
            """));

        Assert.Equal("name", error.Option);
        Assert.StartsWith("Checkboxes: option 'name' is required unless every item has its own name", error.Message);
        Assert.Contains("items[1]", error.Message);
    }

    [Fact]
    public async Task Render_WithoutNameOrIdPrefixWhenAnIdIsNeeded_ThrowsNamingIdPrefix()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Checkboxes>("""
            { "hint": { "text": "Select all that apply" }, "items": [{ "name": "animal", "id": "animal", "value": "yes", "text": "Animal" }] }
            """));

        Assert.Equal("Checkboxes", error.Component);
        Assert.Equal("idPrefix", error.Option);
    }

    [Fact]
    public async Task Render_EveryItemWithItsOwnNameAndId_NeedsNoGroupName()
    {
        var html = await Render.Html<Components.Checkboxes>("""
            { "items": [{ "name": "animal", "id": "animal", "value": "yes", "text": "Animal" }, { "divider": "or" }] }
            """);

        Assert.Contains("name=\"animal\"", html);
        Assert.Contains("govuk-checkboxes__divider", html);
    }

    [Fact]
    public async Task Render_ItemThatIsNotAnObject_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.Checkboxes>("""{ "name": "waste", "items": [42] }"""));

        Assert.Equal("items[0]", error.Option);
    }

    [Fact]
    public async Task Render_ExclusiveItem_HasTheNoneBehaviour()
    {
        var html = await Render.Html<Components.Checkboxes>("""
            { "name": "waste", "items": [{ "value": "farm", "text": "Farm" }, { "value": "none", "text": "None", "behaviour": "exclusive" }] }
            """);

        Assert.Single(html.Split("data-behaviour=\"exclusive\"").Skip(1));
    }

    [Fact]
    public async Task Render_ValuesListingAnItem_TicksOnlyThatItem()
    {
        var html = await Render.Html<Components.Checkboxes>("""
            { "name": "waste", "values": ["farm"], "items": [{ "value": "animal", "text": "Animal" }, { "value": "farm", "text": "Farm" }] }
            """);

        Assert.Matches("value=\"farm\"[^>]*checked", html);
        Assert.DoesNotMatch("value=\"animal\"[^>]*checked", html);
    }
}
