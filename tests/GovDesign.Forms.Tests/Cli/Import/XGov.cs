using System.Text.Json;
using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>Small XGov-format definitions written for these tests, and the import of one checked by the loader.</summary>
internal static class XGov
{
    /// <summary>A form of <paramref name="pages"/> (a JSON array) starting at "/first".</summary>
    public static string Form(string pages, string lists = "[]", string conditions = "[]", string sections = "[]") =>
        $$"""{ "name": "Test form", "startPage": "/first", "pages": {{pages}}, "lists": {{lists}}, "sections": {{sections}}, "conditions": {{conditions}} }""";

    /// <summary>A form of one page, "/first", with these components.</summary>
    public static string OnePage(string components, string lists = "[]") =>
        Form($$"""[{ "path": "/first", "title": "First page", "components": [{{components}}], "next": [{ "path": "/summary" }] }, {{Summary}}]""", lists);

    public const string Summary = """{ "path": "/summary", "title": "Check your answers", "controller": "./pages/summary.js", "components": [] }""";

    public const string YesNoList = """[{ "name": "yn", "title": "Yes or no", "type": "string", "items": [{ "text": "Yes", "value": "true" }, { "text": "No", "value": "false" }] }]""";

    /// <summary>Imports <paramref name="json"/> and loads the result, failing the test on any loader error.</summary>
    public static (JsonObject Definition, ImportReport Report) Import(string json)
    {
        var result = XGovImporter.Import(JsonNode.Parse(json), "test-form.json");
        var text = result.Definition.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var errors = FormLoader.Load(text).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors) + "\n" + text);
        return (result.Definition, result.Report);
    }

    /// <summary>The pages written.</summary>
    public static JsonArray Pages(this JsonObject definition) => (JsonArray)definition["pages"]!;

    /// <summary>Every question written, in order.</summary>
    public static List<JsonObject> Questions(this JsonObject definition) =>
        [.. definition.Pages().SelectMany(p => p!["questions"] as JsonArray ?? []).OfType<JsonObject>()];

    /// <summary>The one entry of the report about the part at <paramref name="pointer"/> with <paramref name="outcome"/>.</summary>
    public static ReportEntry Entry(this ImportReport report, Outcome outcome, string pointer) =>
        Assert.Single(report.Entries, e => e.Outcome == outcome && e.Pointer == pointer);
}
