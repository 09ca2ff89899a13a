using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>XGov page links as GovDesign page order, showIf and next rules.</summary>
public sealed class JourneyImportTests
{
    private const string Conditions = """
        [{ "name": "hasPassport", "displayName": "hasPassport", "value": { "name": "hasPassport", "conditions": [{ "field": { "name": "passport", "type": "YesNoField" }, "operator": "is", "value": { "type": "Value", "value": "true" } }] } },
         { "name": "noPassport", "displayName": "noPassport", "value": { "name": "noPassport", "conditions": [{ "field": { "name": "passport", "type": "YesNoField" }, "operator": "is", "value": { "type": "Value", "value": "false" } }] } }]
        """;

    private static string Ask(string path, string name, string next) =>
        $$"""{ "path": "{{path}}", "title": "{{name}}", "components": [{ "type": "TextField", "name": "{{name}}", "title": "{{name}}", "options": {}, "schema": {} }], "next": {{next}} }""";

    private const string First = """{ "path": "/first", "title": "Passport", "components": [{ "type": "YesNoField", "name": "passport", "title": "Do you have a passport?", "options": {}, "schema": {} }], "next": NEXT }""";

    private static (JsonObject Definition, ImportReport Report) Import(string firstNext, params string[] pages) =>
        XGov.Import(XGov.Form("[" + First.Replace("NEXT", firstNext, StringComparison.Ordinal) + ", " + string.Join(", ", pages) + ", " + XGov.Summary + "]", conditions: Conditions));

    private static List<string?> Paths(JsonObject definition) => [.. definition.Pages().Select(p => (string?)p!["path"])];

    [Fact]
    public void Import_ConditionalLinkToTheNextPageOnly_WritesShowIf()
    {
        var (definition, _) = Import("""[{ "path": "/number", "condition": "hasPassport" }, { "path": "/name" }]""",
            Ask("/number", "number", """[{ "path": "/name" }]"""), Ask("/name", "name", """[{ "path": "/summary" }]"""));

        Assert.Equal(["first", "number", "name"], Paths(definition));
        Assert.Null(definition.Pages()[0]!["next"]);
        Assert.Equal("""{"ref":"has-passport"}""", definition.Pages()[1]!["showIf"]!.ToJsonString());
    }

    [Fact]
    public void Import_ConditionalLinkToAContentPageWithNoWayOn_WritesNextRuleToAnExitPage()
    {
        var (definition, _) = Import("""[{ "path": "/cannot-apply", "condition": "noPassport" }, { "path": "/name" }]""",
            """{ "path": "/cannot-apply", "title": "You cannot apply", "components": [{ "type": "Para", "name": "p", "content": "<p>You need a passport.</p>", "options": {} }], "next": [] }""",
            Ask("/name", "name", """[{ "path": "/summary" }]"""));

        Assert.Equal(["first", "cannot-apply", "name"], Paths(definition));
        Assert.Equal("""[{"when":{"ref":"no-passport"},"to":"cannot-apply"}]""", definition.Pages()[0]!["next"]!.ToJsonString());
        Assert.True((bool?)definition.Pages()[1]!["exit"]);
    }

    [Fact]
    public void Import_ConditionalLinkToSummary_WritesNextRuleToCheckAnswers()
    {
        var (definition, _) = Import("""[{ "path": "/summary", "condition": "noPassport" }, { "path": "/name" }]""", Ask("/name", "name", """[{ "path": "/summary" }]"""));

        Assert.Equal("check-answers", (string?)definition.Pages()[0]!["next"]![0]!["to"]);
        Assert.DoesNotContain("summary", Paths(definition));
    }

    [Fact]
    public void Import_DefaultLinkThatSkipsAhead_WritesUnconditionalNextRule()
    {
        var (definition, _) = Import("""[{ "path": "/a", "condition": "hasPassport" }, { "path": "/c" }]""",
            Ask("/a", "a", """[{ "path": "/b" }]"""), Ask("/b", "b", """[{ "path": "/summary" }]"""), Ask("/c", "c", """[{ "path": "/summary" }]"""));

        Assert.Equal(["first", "a", "b", "c"], Paths(definition));
        Assert.Equal("""[{"when":{"ref":"has-passport"},"to":"a"},{"to":"c"}]""", definition.Pages()[0]!["next"]!.ToJsonString());
        Assert.Null(definition.Pages()[1]!["next"]);
        Assert.Equal("""[{"to":"check-answers"}]""", definition.Pages()[2]!["next"]!.ToJsonString());
    }

    [Fact]
    public void Import_LinkBackToAnEarlierPage_IsDroppedAsALoop()
    {
        var (definition, report) = Import("""[{ "path": "/again" }]""", Ask("/again", "again", """[{ "path": "/first", "condition": "hasPassport" }, { "path": "/summary" }]"""));

        Assert.Equal(["first", "again"], Paths(definition));
        Assert.Equal("link back to an earlier page", report.Entry(Outcome.Dropped, "/pages/1/next/0").Topic);
    }

    [Fact]
    public void Import_PageNoLinkReaches_IsDroppedWithItsQuestions()
    {
        var (definition, report) = Import("""[{ "path": "/summary" }]""", Ask("/orphan", "orphan", """[{ "path": "/summary" }]"""));

        Assert.Equal(["first"], Paths(definition));
        Assert.Equal((1, 2, 1, 1), (report.QuestionsMapped, report.QuestionsTotal, report.QuestionsUnreached, report.QuestionsUnlinked));
        Assert.Equal("page nothing links to", report.Entry(Outcome.Dropped, "/pages/1").Topic);
    }

    [Fact]
    public void Import_LinkWhoseConditionCannotBeWritten_IsDroppedWithThePageOnlyItReaches()
    {
        var source = XGov.Form("[" + First.Replace("NEXT", """[{ "path": "/secret", "condition": "broken" }, { "path": "/summary" }]""", StringComparison.Ordinal) + ", " + Ask("/secret", "secret", """[{ "path": "/summary" }]""") + ", " + XGov.Summary + "]",
            conditions: """[{ "name": "broken", "value": "passport ==" }]""");

        var (definition, report) = XGov.Import(source);

        Assert.Equal(["first"], Paths(definition));
        report.Entry(Outcome.Dropped, "/conditions/0");
        Assert.Equal("page no journey reaches", report.Entry(Outcome.Dropped, "/pages/1").Topic);
        Assert.Equal((1, 0), (report.QuestionsUnreached, report.QuestionsUnlinked));
    }

    [Fact]
    public void Import_StartPageOfContentOnly_BecomesTheStartPageContent()
    {
        var source = XGov.Form("""
            [{ "path": "/first", "title": "Apply", "controller": "./pages/start.js", "components": [{ "type": "Para", "name": "p", "content": "<p>Use this service to apply.</p>", "options": {} }], "next": [{ "path": "/name" }] },
            """ + Ask("/name", "name", """[{ "path": "/summary" }]""") + ", " + XGov.Summary + "]");

        var (definition, _) = XGov.Import(source);

        Assert.Equal(["name"], Paths(definition));
        Assert.Equal("Use this service to apply.", (string?)definition["start"]!["content"]);
    }

    [Fact]
    public void Import_PathTheRunnerUses_IsRenamed()
    {
        var source = """{ "name": "Form", "startPage": "/start", "pages": [""" + Ask("/start", "name", "[]") + """], "lists": [], "sections": [], "conditions": [] }""";

        var (definition, _) = XGov.Import(source);

        Assert.Equal(["start-2"], Paths(definition));
    }

    [Fact]
    public void Import_SameSourceTwice_WritesTheSameDefinitionAndReport()
    {
        var source = XGov.Form("[" + First.Replace("NEXT", """[{ "path": "/name", "condition": "hasPassport" }, { "path": "/summary" }]""", StringComparison.Ordinal) + ", " + Ask("/name", "name", """[{ "path": "/summary" }]""") + ", " + XGov.Summary + "]", conditions: Conditions);

        var first = XGov.Import(source);
        var second = XGov.Import(source);

        Assert.Equal(first.Definition.ToJsonString(), second.Definition.ToJsonString());
        Assert.Equal(first.Report.ToMarkdown("a", "b", []), second.Report.ToMarkdown("a", "b", []));
    }
}
