using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>XGov components mapped to the question options GovDesign has now: a select, a time, a word limit, phone countries, the county line and a "None" checkbox.</summary>
public sealed class QuestionOptionImportTests
{
    private const string Colours = """[{ "name": "colours", "title": "Colours", "type": "string", "items": [{ "text": "Red", "value": "red" }, { "text": "Blue", "value": "blue" }] }]""";

    [Fact]
    public void Import_SelectField_WritesSingleChoiceShownAsASelect()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "SelectField", "name": "colour", "title": "Colour", "list": "colours", "options": {}, "schema": {} }""", Colours));

        var question = Assert.Single(definition.Questions());
        Assert.Equal(("singleChoice", "select"), ((string?)question["type"], (string?)question["display"]));
        report.Entry(Outcome.Mapped, "/pages/0/components/0");
    }

    [Fact]
    public void Import_AutocompleteField_ApproximatesAsASelect()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "AutocompleteField", "name": "colour", "title": "Colour", "list": "colours", "options": {}, "schema": {} }""", Colours));

        Assert.Equal("select", (string?)Assert.Single(definition.Questions())["display"]);
        Assert.Contains("autocomplete", report.Entry(Outcome.Approximated, "/pages/0/components/0").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RadiosFieldWithMoreThanTenOptions_StaysRadios()
    {
        var items = string.Join(", ", Enumerable.Range(1, 11).Select(i => $$"""{ "text": "Option {{i}}", "value": "o{{i}}" }"""));
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "RadiosField", "name": "pick", "title": "Pick", "list": "many", "options": {}, "schema": {} }""", $$"""[{ "name": "many", "title": "Many", "type": "string", "items": [{{items}}] }]"""));

        Assert.Equal("radios", (string?)Assert.Single(definition.Questions())["display"]);
    }

    [Fact]
    public void Import_TimeField_WritesATimeQuestion()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "TimeField", "name": "arrival", "title": "Arrival time", "options": { "required": false }, "schema": {} }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal(("time", true), ((string?)question["type"], (bool?)question["optional"]));
        Assert.Null(question["pattern"]);
        report.Entry(Outcome.Mapped, "/pages/0/components/0");
    }

    [Fact]
    public void Import_MultilineTextFieldMaxWords_WritesAWordLimitInsteadOfACharacterLimit()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "MultilineTextField", "name": "story", "title": "Your story", "options": { "maxWords": "100" }, "schema": { "max": 2000 } }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal((100, null), ((int?)question["maxWords"], (int?)question["maxLength"]));
        Assert.Equal("word limit", report.Entry(Outcome.Mapped, "/pages/0/components/0/options/maxWords").Topic);
        report.Entry(Outcome.Approximated, "/pages/0/components/0/schema");
    }

    [Fact]
    public void Import_MaxWordsThatIsNotANumber_IsDropped()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "MultilineTextField", "name": "story", "title": "Your story", "options": { "maxWords": "lots" }, "schema": {} }"""));

        Assert.Null(Assert.Single(definition.Questions())["maxWords"]);
        report.Entry(Outcome.Dropped, "/pages/0/components/0/options/maxWords");
    }

    [Fact]
    public void Import_TelephoneNumberField_AcceptsOnlyUkNumbersAsXGovDoes_WithItsPatternMessage()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "TelephoneNumberField", "name": "phone", "title": "Phone number", "options": { "customValidationMessages": { "string.pattern.base": "Enter a UK phone number, like 01632 960 001" } }, "schema": {} }"""));

        var question = Assert.Single(definition.Questions());
        Assert.False((bool?)question["allowInternational"]);
        Assert.Equal("Enter a UK phone number, like 01632 960 001", (string?)question["messages"]?["phone"]);
        Assert.Equal("Enter a UK phone number, like 01632 960 001", (string?)question["messages"]?["international"]);
        Assert.Equal("phone number country", report.Entries.Single(e => e.Pointer == "/pages/0/components/0" && e.Topic == "phone number country").Topic);
    }

    [Fact]
    public void Import_InternationalTelephoneNumberField_AcceptsAnyCountry()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "TelephoneNumberField", "name": "phone", "title": "Phone number", "options": { "isInternational": true, "customValidationMessages": { "string.pattern.base": "Enter a phone number" } }, "schema": { "max": 20 } }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Null(question["allowInternational"]);
        Assert.False(((JsonObject)question["messages"]!).ContainsKey("international"));
        report.Entry(Outcome.Mapped, "/pages/0/components/0/options/isInternational");
        Assert.Equal("phone length", report.Entry(Outcome.Approximated, "/pages/0/components/0/schema").Topic);
    }

    [Fact]
    public void Import_UkAddressField_AsksTheCountyOnlyWhereTheSourceDoes()
    {
        const string Address = """{ "type": "UkAddressField", "name": "home", "title": "Home address", "options": {}, "schema": {} }""";
        var (xgov, report) = XGov.Import(XGov.OnePage(Address));
        var (plugin, _) = XGov.Import(XGov.OnePage(Address).Replace("""{ "name": "Test form",""", """{ "engine": "V2", "name": "Test form",""", StringComparison.Ordinal));

        Assert.Null(Assert.Single(xgov.Questions())["county"]);
        Assert.True((bool?)Assert.Single(plugin.Questions())["county"]);
        Assert.Equal("UK address county line", report.Entries.Single(e => e.Topic == "UK address county line").Topic);
    }

    [Fact]
    public void Import_CheckboxesFinalValue_IsTheExclusiveOption()
    {
        const string Lists = """[{ "name": "issues", "title": "Issues", "type": "string", "items": [{ "text": "Staffing", "value": "staffing" }, { "text": "No issues", "value": "none" }, { "text": "Visits", "value": "visits" }] }]""";
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "CheckboxesField", "name": "issues", "title": "Issues", "list": "issues", "options": { "divider": true, "finalValue": "none" }, "schema": {} }""", Lists));

        var options = (JsonArray)Assert.Single(definition.Questions())["options"]!;
        Assert.Equal(["none"], options.Where(o => (bool?)o!["exclusive"] == true).Select(o => (string?)o!["value"]));
        report.Entry(Outcome.Mapped, "/pages/0/components/0/options/finalValue");
    }

    [Fact]
    public void Import_CheckboxesWithTheDividerItem_LeavesItOut_AndMakesTheOptionAfterItExclusive()
    {
        const string Lists = """[{ "name": "tests", "title": "Tests", "type": "string", "items": [{ "text": "Flu", "value": "flu" }, { "text": "_placeholder_for_or_", "value": "_placeholder_for_or_" }, { "text": "None, all negative", "value": "none" }] }]""";
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "CheckboxesField", "name": "which", "title": "Which tests were positive?", "list": "tests", "options": { "divider": true }, "schema": {} }""", Lists));

        var options = (JsonArray)Assert.Single(definition.Questions())["options"]!;
        Assert.Equal(["flu", "none"], options.Select(o => (string?)o!["value"]));
        Assert.True((bool?)options[1]!["exclusive"]);
        Assert.Equal("exclusive checkbox", report.Entry(Outcome.Approximated, "/pages/0/components/0/options/divider").Topic);
    }

    [Fact]
    public void Import_RadiosWithTheDividerItem_LeavesItOutWithANote()
    {
        const string Lists = """[{ "name": "l", "title": "L", "type": "string", "items": [{ "text": "A", "value": "a" }, { "text": "_placeholder_for_or_", "value": "_placeholder_for_or_" }, { "text": "Not sure", "value": "unsure" }] }]""";
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "RadiosField", "name": "pick", "title": "Pick", "list": "l", "options": { "divider": true }, "schema": {} }""", Lists));

        Assert.Equal(["a", "unsure"], ((JsonArray)Assert.Single(definition.Questions())["options"]!).Select(o => (string?)o!["value"]));
        report.Entry(Outcome.Approximated, "/pages/0/components/0/options/divider");
    }
}
