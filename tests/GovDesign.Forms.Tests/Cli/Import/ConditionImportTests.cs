using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>XGov named conditions (lists joined by and/or, references, text expressions) as GovDesign conditions.</summary>
public sealed class ConditionImportTests
{
    private const string Lists = """[{ "name": "colours", "title": "Colours", "type": "string", "items": [{ "text": "Red", "value": "red" }, { "text": "Blue", "value": "blue" }] }]""";

    private const string Page = """
        [{ "path": "/first", "title": "About you", "section": "about", "components": [
            { "type": "YesNoField", "name": "hasPassport", "title": "Do you have a passport?", "options": {}, "schema": {} },
            { "type": "RadiosField", "name": "colour", "title": "Colour", "list": "colours", "options": {}, "schema": {} },
            { "type": "CheckboxesField", "name": "likes", "title": "Colours you like", "list": "colours", "options": {}, "schema": {} },
            { "type": "NumberField", "name": "count", "title": "Count", "options": {}, "schema": {} }
          ], "next": [{ "path": "/summary" }] },
         { "path": "/summary", "title": "Check your answers", "controller": "./pages/summary.js", "components": [] }]
        """;

    private static string Leaf(string field, string type, string op, string value, string? coordinator = null) =>
        $$"""{ {{(coordinator is null ? "" : $"\"coordinator\": \"{coordinator}\", ")}}"field": { "name": "{{field}}", "type": "{{type}}", "display": "x" }, "operator": "{{op}}", "value": { "type": "Value", "value": "{{value}}", "display": "x" } }""";

    private static string Named(string name, params string[] items) =>
        $$"""{ "name": "{{name}}", "displayName": "{{name}}", "value": { "name": "{{name}}", "conditions": [{{string.Join(", ", items)}}] } }""";

    private static (JsonObject Conditions, ImportReport Report) Import(params string[] conditions)
    {
        var (definition, report) = XGov.Import(XGov.Form(Page, Lists, "[" + string.Join(", ", conditions) + "]", """[{ "name": "about", "title": "About you" }]"""));
        return (definition["conditions"] as JsonObject ?? [], report);
    }

    [Fact]
    public void Import_YesNoIsTrue_WritesEqualsYes()
    {
        var (conditions, report) = Import(Named("passport", Leaf("hasPassport", "YesNoField", "is", "true")));

        Assert.Equal("""{"question":"has-passport","operator":"equals","value":"yes"}""", conditions["passport"]!.ToJsonString());
        Assert.Equal((1, 1), (report.ConditionsMapped, report.ConditionsTotal));
    }

    [Fact]
    public void Import_ItemsJoinedByOr_WritesAny()
    {
        var (conditions, _) = Import(Named("either", Leaf("colour", "RadiosField", "is", "red"), Leaf("colour", "RadiosField", "is", "blue", "or")));

        Assert.Equal(2, ((JsonArray)conditions["either"]!["any"]!).Count);
    }

    [Fact]
    public void Import_AndWithOr_AndBindsTighter()
    {
        var (conditions, _) = Import(Named("mixed", Leaf("colour", "RadiosField", "is", "red"), Leaf("hasPassport", "YesNoField", "is", "true", "and"), Leaf("count", "NumberField", "is", "3", "or")));

        var any = (JsonArray)conditions["mixed"]!["any"]!;
        Assert.Equal(2, ((JsonArray)any[0]!["all"]!).Count);
        Assert.Equal("equals", (string?)any[1]!["operator"]);
    }

    [Fact]
    public void Import_ConditionName_WritesReference()
    {
        var (conditions, _) = Import(Named("red", Leaf("colour", "RadiosField", "is", "red")), """{ "name": "redWithPassport", "value": { "name": "x", "conditions": [{ "conditionName": "red" }, { "coordinator": "and", "field": { "name": "hasPassport", "type": "YesNoField" }, "operator": "is", "value": { "type": "Value", "value": "false" } }] } }""");

        Assert.Equal("red", (string?)conditions["red-with-passport"]!["all"]![0]!["ref"]);
    }

    [Fact]
    public void Import_DoesNotContain_WritesNotContains()
    {
        var (conditions, _) = Import(Named("notRed", Leaf("likes", "CheckboxesField", "does not contain", "red")));

        Assert.Equal("contains", (string?)conditions["not-red"]!["not"]!["operator"]);
    }

    [Theory]
    [InlineData("about.count > 2", """{"question":"count","operator":"greaterThan","value":2}""")]
    [InlineData("about.hasPassport == false", """{"question":"has-passport","operator":"equals","value":"no"}""")]
    [InlineData("colour == 'blue' and not (count <= 1)", """{"all":[{"question":"colour","operator":"equals","value":"blue"},{"not":{"question":"count","operator":"atMost","value":1}}]}""")]
    public void Import_TextExpression_IsParsedIntoACondition(string expression, string expected)
    {
        var (conditions, _) = Import($$"""{ "name": "text", "displayName": "text", "value": "{{expression}}" }""");

        Assert.Equal(expected, conditions["text"]!.ToJsonString());
    }

    [Fact]
    public void Import_ValueThatIsNotAnOption_IsApproximatedAsNeverHolding()
    {
        var (conditions, report) = Import(Named("green", Leaf("colour", "RadiosField", "is", "green")));

        Assert.Equal(2, ((JsonArray)conditions["green"]!["all"]!).Count);
        report.Entry(Outcome.Approximated, "/conditions/0");
    }

    [Theory]
    [InlineData("is", "all", "never holds")]
    [InlineData("is not", "not", "always holds")]
    public void Import_FieldThatIsNotAQuestion_HoldsAsItWouldWithNoAnswerAndIsApproximated(string op, string root, string note)
    {
        var (conditions, report) = Import(Named("gone", Leaf("setByCode", "TextField", op, "x")));

        Assert.True(((JsonObject)conditions["gone"]!).ContainsKey(root));
        Assert.Contains(note, report.Entry(Outcome.Approximated, "/conditions/0").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RenamedField_IsFoundByTheLabelItsDisplayTextGives()
    {
        var (conditions, report) = Import("""{ "name": "renamed", "value": { "name": "renamed", "conditions": [{ "field": { "name": "sect.oldName", "type": "RadiosField", "display": "Colour in sect01" }, "operator": "is", "value": { "type": "Value", "value": "red" } }] } }""");

        Assert.Equal("colour", (string?)conditions["renamed"]!["question"]);
        report.Entry(Outcome.Approximated, "/conditions/0");
    }

    [Fact]
    public void Import_OrderingOnANumberedChoice_WritesTheOptionsItHoldsFor()
    {
        const string Numbered = """[{ "path": "/first", "title": "How many", "components": [{ "type": "SelectField", "name": "people", "title": "People", "list": "n", "options": {}, "schema": {} }], "next": [] }]""";
        var (definition, _) = XGov.Import(XGov.Form(Numbered, """[{ "name": "n", "title": "n", "type": "number", "items": [{ "text": "1", "value": 1 }, { "text": "2", "value": 2 }, { "text": "3", "value": 3 }] }]""", """[{ "name": "many", "value": "people > 1" }]"""));

        Assert.Equal("""{"question":"people","operator":"in","value":["2","3"]}""", definition["conditions"]!["many"]!.ToJsonString());
    }

    [Fact]
    public void Import_UnreadableExpression_DropsTheCondition()
    {
        var (conditions, report) = Import("""{ "name": "broken", "value": "colour ==" }""");

        Assert.False(conditions.ContainsKey("broken"));
        Assert.Equal((0, 1), (report.ConditionsMapped, report.ConditionsTotal));
        Assert.Contains("could not be read", report.Entry(Outcome.Dropped, "/conditions/0").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_GeneratedConditionName_UsesItsDisplayName()
    {
        var (conditions, _) = Import("""{ "name": "xYzAbC", "displayName": "Likes red", "value": { "name": "Likes red", "conditions": [{ "field": { "name": "likes", "type": "CheckboxesField" }, "operator": "contains", "value": { "type": "Value", "value": "red" } }] } }""");

        Assert.True(conditions.ContainsKey("likes-red"));
    }

    [Theory]
    [InlineData("a == 1 or b == 2 and c == 3", "Any")]
    [InlineData("!(a != 'x')", "Not")]
    [InlineData("a.b >= 2.5", "Compare")]
    public void Parse_Expression_BuildsTheTreeWithAndBindingTighter(string text, string root)
    {
        var parsed = ConditionExpression.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(root, parsed!.GetType().Name);
    }

    [Theory]
    [InlineData("a ==")]
    [InlineData("(a == 1")]
    [InlineData("a == 'x")]
    [InlineData("== 2")]
    public void Parse_Malformed_ReturnsNullWithAReason(string text)
    {
        Assert.Null(ConditionExpression.Parse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
