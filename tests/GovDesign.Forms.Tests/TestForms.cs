using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests;

/// <summary>Helpers that build small definitions for tests.</summary>
internal static class TestForms
{
    /// <summary>Wraps pages (a JSON array body) in a minimal form, adding any extra top-level members.</summary>
    public static string Form(string pages, string extra = "") =>
        $$"""{ "slug": "test-form", "title": "Test form", {{extra}} "pages": [ {{pages}} ] }""";

    /// <summary>Loads JSON that must load without errors.</summary>
    public static FormDefinition Load(string json)
    {
        var result = FormLoader.Load(json);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Form!;
    }

    /// <summary>A page with one question.</summary>
    public static string Page(string path, string type = "text", string more = "", string question = "") =>
        $$"""{ "path": "{{path}}", "questions": [{ "name": "{{(question.Length == 0 ? path : question)}}", "type": "{{type}}", "label": "{{path}}?", "subject": "{{path}}" }] {{more}} }""";

    /// <summary>The repository root (the folder holding GovDesign.sln).</summary>
    public static string RepositoryRoot() => RepositoryPaths.Root;

    public static string SamplesFolder => RepositoryPaths.FormSamples;
}

/// <summary>
/// JSON with a § marking where a diagnostic should point: the marker is removed and its line and
/// column (1-based, in characters) kept.
/// </summary>
internal sealed record Marked(string Json, int Line, int Column)
{
    public static Marked Parse(string marked)
    {
        var at = marked.IndexOf('§', StringComparison.Ordinal);
        var before = marked[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return new Marked(marked.Remove(at, 1), line, column);
    }
}
