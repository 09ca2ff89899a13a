using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>Questions XGov reveals under a radio or checkbox option become the option's <c>conditional</c> questions, where GovDesign can reveal them.</summary>
public sealed class RevealImportTests
{
    private const string YesNo = """[{ "name": "cqc", "title": "CQC", "type": "string", "items": [{ "text": "Yes", "value": "registered" }, { "text": "No", "value": "false" }] }]""";

    private const string Revealed = """
        { "type": "RadiosField", "name": "cqcRegistered", "title": "Are you registered with the CQC?", "list": "cqc", "schema": {},
          "options": { "conditionallyRevealedComponents": { "registered": { "type": "TextField", "name": "cqcLocationId", "title": "CQC location ID", "options": {}, "schema": { "regex": "^1-[0-9]{9}$" } } } } }
        """;

    private static JsonObject Option(JsonObject definition, string value) =>
        ((JsonArray)definition.Questions()[0]["options"]!).OfType<JsonObject>().Single(o => (string?)o["value"] == value);

    [Fact]
    public void Import_ConditionallyRevealedComponent_IsAQuestionRevealedUnderItsOption()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Revealed, YesNo));

        var revealed = (JsonObject)Assert.Single((JsonArray)Option(definition, "registered")["conditional"]!)!;
        Assert.Equal(("cqc-location-id", "text", "^1-[0-9]{9}$"), ((string?)revealed["name"], (string?)revealed["type"], (string?)revealed["pattern"]));
        Assert.Null(Option(definition, "false")["conditional"]);
        Assert.Equal((2, 2), (report.QuestionsMapped, report.QuestionsTotal));
        Assert.Equal("/pages/0/components/0/options/conditionallyRevealedComponents/registered", report.Entries.Single(e => e.Topic == "revealed question").Pointer);
    }

    [Fact]
    public void Import_ListItemChildren_AreRevealedUnderTheirOption()
    {
        const string Lists = """[{ "name": "contact", "title": "Contact", "type": "string", "items": [{ "text": "Email", "value": "email", "children": [{ "type": "EmailAddressField", "name": "email", "title": "Email address", "options": {}, "schema": {} }] }, { "text": "Post", "value": "post" }] }]""";

        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "CheckboxesField", "name": "contactBy", "title": "How should we contact you?", "list": "contact", "options": {}, "schema": {} }""", Lists));

        var revealed = (JsonObject)Assert.Single((JsonArray)Option(definition, "email")["conditional"]!)!;
        Assert.Equal("email", (string?)revealed["type"]);
        Assert.Equal("/lists/0/items/0/children/0", report.Entries.Single(e => e.Topic == "revealed question").Pointer);
    }

    [Fact]
    public void Import_ConditionOnARevealedQuestion_IsWritten()
    {
        var pages = $$"""
            [{ "path": "/first", "title": "CQC", "components": [{{Revealed}}], "next": [{ "path": "/second" }] },
             { "path": "/second", "title": "Second", "components": [{ "type": "TextField", "name": "more", "title": "More", "options": {}, "schema": {} }], "next": [{ "path": "/summary" }] }, {{XGov.Summary}}]
            """;
        const string Conditions = """[{ "name": "hasLocation", "displayName": "has location", "value": { "name": "has location", "conditions": [{ "field": { "name": "cqcLocationId", "type": "TextField", "display": "CQC location ID" }, "operator": "is", "value": { "type": "Value", "value": "1-123456789", "display": "1-123456789" } }] } }]""";

        var (definition, report) = XGov.Import(XGov.Form(pages, YesNo, Conditions));

        Assert.Equal((1, 1), (report.ConditionsMapped, report.ConditionsTotal));
        Assert.Equal("cqc-location-id", (string?)definition["conditions"]!["has-location"]!["question"]);
    }

    [Fact]
    public void Import_SelectFieldThatReveals_IsShownAsRadios()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Revealed.Replace("RadiosField", "SelectField", StringComparison.Ordinal), YesNo));

        Assert.Equal("radios", (string?)definition.Questions()[0]["display"]);
        Assert.Equal("select that reveals questions", report.Entry(Outcome.Approximated, "/pages/0/components/0").Topic);
    }

    [Fact]
    public void Import_RevealedFileUploadAndContent_AreDropped()
    {
        var component = Revealed.Replace("""{ "type": "TextField", "name": "cqcLocationId", "title": "CQC location ID", "options": {}, "schema": { "regex": "^1-[0-9]{9}$" } }""",
            """{ "type": "FileUploadField", "name": "certificate", "title": "Certificate", "options": {}, "schema": {} }, "false": { "type": "Para", "name": "note", "content": "Register first" }""", StringComparison.Ordinal);

        var (definition, report) = XGov.Import(XGov.OnePage(component, YesNo));

        Assert.Null(Option(definition, "registered")["conditional"]);
        report.Entry(Outcome.Dropped, "/pages/0/components/0/options/conditionallyRevealedComponents/registered");
        report.Entry(Outcome.Dropped, "/pages/0/components/0/options/conditionallyRevealedComponents/false");
        Assert.Equal((1, 2), (report.QuestionsMapped, report.QuestionsTotal));
    }

    [Fact]
    public void Import_RevealUnderAnOptionThatIsNotInTheList_IsDropped()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Revealed.Replace("\"registered\": {", "\"unknown\": {", StringComparison.Ordinal), YesNo));

        Assert.DoesNotContain(((JsonArray)definition.Questions()[0]["options"]!).OfType<JsonObject>(), o => o.ContainsKey("conditional"));
        report.Entry(Outcome.Dropped, "/pages/0/components/0/options/conditionallyRevealedComponents/unknown");
    }
}
