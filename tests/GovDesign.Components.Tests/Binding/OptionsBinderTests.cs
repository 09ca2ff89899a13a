using System.Text.Json;
using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Binding;

public sealed class OptionsBinderTests
{
    private static Dictionary<string, object?> Bind<T>(string json) => OptionsBinder.Bind(typeof(T), JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Bind_UnknownOption_NamesComponentAndOption()
    {
        var error = Assert.Throws<OptionsException>(() => Bind<Components.Button>("""{ "txet": "Save" }"""));

        Assert.Equal("Button: option 'txet' is not an option of this component", error.Message);
    }

    [Fact]
    public void Bind_UnknownNestedOption_NamesItsPath()
    {
        var error = Assert.Throws<OptionsException>(() => Bind<Components.Fieldset>("""{ "legend": { "text": "A", "size": "l" } }"""));

        Assert.Equal("legend.size", error.Option);
        Assert.Equal("Fieldset", error.Component);
    }

    [Fact]
    public void Bind_WrongKindOfValue_SaysWhatWasExpected()
    {
        var error = Assert.Throws<OptionsException>(() => Bind<Components.Fieldset>("""{ "legend": "Where do you live?" }"""));

        Assert.Contains("legend' must be an object of options, not the text \"Where do you live?\"", error.Message);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("0")]
    public void Bind_FalsyNestedOption_IsAbsent(string falsy)
    {
        var parameters = Bind<Components.Fieldset>($$"""{ "legend": {{falsy}} }""");

        Assert.Null(parameters["Legend"]);
    }

    [Fact]
    public void Bind_Booleans_FollowJavaScriptTruthiness()
    {
        Assert.Equal(true, Bind<Components.Button>("""{ "disabled": "yes" }""")["Disabled"]);
        Assert.Equal(false, Bind<Components.Button>("""{ "disabled": 0 }""")["Disabled"]);
    }

    [Fact]
    public void Bind_NumbersForText_AreWrittenAsTheTemplateWould()
    {
        Assert.Equal("2", Bind<Components.Button>("""{ "value": 2 }""")["Value"]);
    }

    [Fact]
    public void Bind_Attributes_OptionalTrueIsBareAndOptionalFalseIsLeftOut()
    {
        var attributes = (IReadOnlyDictionary<string, object>)Bind<Components.Button>("""
            { "attributes": { "data-a": "x", "hidden": { "value": true, "optional": true }, "inert": { "value": false, "optional": true }, "data-n": 3 } }
            """)["Attributes"]!;

        Assert.Equal("x", attributes["data-a"]);
        Assert.Equal(true, attributes["hidden"]);
        Assert.False(attributes.ContainsKey("inert"));
        Assert.Equal("3", attributes["data-n"]);
    }

    [Fact]
    public void Bind_OptionsThatAreNotAnObject_AreRejected()
    {
        Assert.Throws<OptionsException>(() => Bind<Components.Button>("[]"));
    }

    [Fact]
    public void Bind_TextForARecordWithAConversionFromText_BindsThroughIt()
    {
        var slots = (Components.ServiceNavigationSlots)Bind<Components.ServiceNavigation>("""{ "slots": { "end": "<p>End</p>" } }""")["Slots"]!;

        Assert.Equal(new Components.ServiceNavigationEndSlot { Html = "<p>End</p>" }, slots.End);
    }

    [Fact]
    public void Bind_TextForARecordWithoutAConversionFromText_IsRejected()
    {
        Assert.Throws<OptionsException>(() => Bind<Components.PhaseBanner>("""{ "tag": "Beta" }"""));
    }

    [Fact]
    public void Bind_ListWithNullableItems_KeepsFalsyEntriesAsNullsSoPositionsCount()
    {
        var items = (IReadOnlyList<RadiosItem?>)Bind<Components.Radios>("""{ "name": "n", "items": [false, { "value": "a", "text": "A" }, null] }""")["Items"]!;

        Assert.Equal(3, items.Count);
        Assert.Null(items[0]);
        Assert.Equal("a", items[1]!.Value);
    }

    [Fact]
    public void Bind_ListWithNonNullableItems_DropsFalsyEntries()
    {
        var items = (IReadOnlyList<SelectItem>)Bind<Components.Select>("""{ "name": "n", "items": [false, { "value": "a", "text": "A" }, ""] }""")["Items"]!;

        Assert.Equal("a", Assert.Single(items).Value);
    }

    [Fact]
    public void Bind_FalseForAnOptionPrintedAsText_IsTheTextFalse()
    {
        var items = (IReadOnlyList<SelectItem>)Bind<Components.Select>("""{ "name": "n", "items": [{ "value": false, "text": "No" }] }""")["Items"]!;

        Assert.Equal("false", Assert.Single(items).Value);
    }

    [Fact]
    public void Bind_FalseForOtherText_IsEmptySoTheTemplateTreatsItAsUnset()
    {
        Assert.Equal("", Bind<Components.ErrorMessage>("""{ "visuallyHiddenText": false }""")["VisuallyHiddenText"]);
    }
}
