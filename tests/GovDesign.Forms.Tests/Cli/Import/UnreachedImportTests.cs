using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>Pages XGov itself never shows by its links: left out, and the report says exactly why.</summary>
public sealed class UnreachedImportTests
{
    private const string Conditions = """
        [{ "name": "moreThanOneVehicle", "displayName": "moreThanOneVehicle", "value": "fleet.vehicles > 1" }]
        """;

    private static string Ask(string path, string name, string next) =>
        $$"""{ "path": "{{path}}", "title": "{{name}}", "components": [{ "type": "TextField", "name": "{{name}}", "title": "{{name}}", "options": {}, "schema": {} }], "next": {{next}} }""";

    private const string Fleet = """{ "path": "/first", "title": "Fleet", "section": "fleet", "components": [{ "type": "NumberField", "name": "vehicles", "title": "How many vehicles do you run?", "options": {}, "schema": {} }], "next": NEXT }""";

    private static (JsonObject Definition, ImportReport Report) Import(string firstNext, params string[] pages) =>
        XGov.Import(XGov.Form("[" + Fleet.Replace("NEXT", firstNext, StringComparison.Ordinal) + ", " + string.Join(", ", pages) + ", " + XGov.Summary + "]",
            conditions: Conditions, sections: """[{ "name": "fleet", "title": "Your fleet" }]"""));

    [Fact]
    public void Import_LinkUnderAConditionTheFormDoesNotHave_IsNeverFollowedAndNamesTheNearOne()
    {
        var (definition, report) = Import("""[{ "path": "/second-vehicle", "condition": "moreThanOneVehicles" }, { "path": "/summary" }]""",
            Ask("/second-vehicle", "registration", """[{ "path": "/summary" }]"""));

        Assert.Equal(["first"], definition.Pages().Select(p => (string?)p!["path"]));
        var link = report.Entry(Outcome.Dropped, "/pages/0/next/0");
        Assert.Equal("link under a condition the form does not have", link.Topic);
        Assert.Contains("(it has \"moreThanOneVehicle\")", link.Note, StringComparison.Ordinal);
        var page = report.Entry(Outcome.Dropped, "/pages/1");
        Assert.Equal("page only undefined conditions lead to", page.Topic);
        Assert.Contains("with its question.", page.Note, StringComparison.Ordinal);
        Assert.Equal((1, 1), (report.QuestionsUnreached, report.QuestionsUnlinked));
    }

    [Fact]
    public void Import_LinkUnderAConditionTheFormHas_IsStillANextRule()
    {
        var (definition, report) = Import("""[{ "path": "/second-vehicle", "condition": "moreThanOneVehicle" }, { "path": "/summary" }]""",
            Ask("/second-vehicle", "registration", """[{ "path": "/summary" }]"""));

        Assert.Equal(2, definition.Pages().Count);
        Assert.Equal((0, 0), (report.QuestionsUnreached, report.QuestionsUnlinked));
    }

    [Fact]
    public void Import_PageOnlyASignInControllerSendsPeopleTo_SaysSo()
    {
        var (_, report) = XGov.Import(XGov.Form("""
            [{ "path": "/first", "controller": "MagicLinkStartPageController" },
             { "path": "/email", "title": "Your email address", "components": [{ "type": "EmailAddressField", "name": "email", "title": "Email address", "options": {}, "schema": {} }], "next": [{ "path": "/summary" }] },
             SUMMARY]
            """.Replace("SUMMARY", XGov.Summary, StringComparison.Ordinal)));

        var note = report.Entry(Outcome.Dropped, "/pages/1");
        Assert.Equal("page XGov's sign-in code shows", note.Topic);
        Assert.Contains("MagicLinkStartPageController", note.Note, StringComparison.Ordinal);
        Assert.Equal(1, report.QuestionsUnlinked);
    }

    [Fact]
    public void Import_PageOnlyALinkInTextLeadsTo_SaysWhichPageLinksThere()
    {
        var (_, report) = Import("""[{ "path": "/help" }]""",
            """{ "path": "/help", "title": "Help", "components": [{ "type": "Para", "name": "p", "content": "<p>Not listed? <a href=\"/fleet-form/type-it-in\">Type your vehicle in</a>.</p>", "options": {} }], "next": [{ "path": "/summary" }] }""",
            Ask("/type-it-in", "vehicle", """[{ "path": "/summary" }]"""));

        var note = report.Entry(Outcome.Dropped, "/pages/2");
        Assert.Equal("page only a link in text leads to", note.Topic);
        Assert.Contains("\"/help\"", note.Note, StringComparison.Ordinal);
        Assert.Contains("\"/type-it-in\"", report.Entry(Outcome.Approximated, "/pages/1/components").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PageNothingLinksTo_KeepsTheGeneralNote()
    {
        var (_, report) = Import("""[{ "path": "/summary" }]""", Ask("/spare", "spare", """[{ "path": "/summary" }]"""));

        Assert.Equal("page nothing links to", report.Entry(Outcome.Dropped, "/pages/1").Topic);
    }

    [Fact]
    public void Import_EarlierLinkWithoutACondition_DoesNotCountAsALinkXGovFollows()
    {
        var (_, report) = Import("""[{ "path": "/skipped" }, { "path": "/summary" }]""", Ask("/skipped", "skipped", """[{ "path": "/summary" }]"""));

        Assert.Equal(1, report.QuestionsUnlinked);
        report.Entry(Outcome.Dropped, "/pages/0/next/0");
    }
}
