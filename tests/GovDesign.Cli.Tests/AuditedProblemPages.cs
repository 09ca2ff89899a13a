using System.Text.Json;

namespace GovDesign.Cli.Tests;

/// <summary>
/// One audit, run once for the test run, of every problem and clean page, writing all four reports;
/// the tests read its output rather than each starting a browser.
/// </summary>
public sealed class AuditedProblemPages : IAsyncLifetime
{
    /// <summary>The site serving the pages, for tests that run audits of their own.</summary>
    public ProblemSite Site { get; } = new();

    public string Folder { get; } = Directory.CreateTempSubdirectory("govdesign-audit-").FullName;

    public int Exit { get; private set; }

    public string Output { get; private set; } = "";

    public JsonDocument Json { get; private set; } = null!;

    public string ReportPath => Path.Combine(Folder, "report.html");

    public string JsonPath => Path.Combine(Folder, "audit.json");

    public string JUnitPath => Path.Combine(Folder, "junit.xml");

    public string SarifPath => Path.Combine(Folder, "audit.sarif");

    /// <summary>The rule ids reported on one page, a check's followed by " (check)".</summary>
    public IReadOnlyList<string> RulesOn(string path) =>
        [.. Json.RootElement.GetProperty("pages").EnumerateArray()
            .Single(p => p.GetProperty("url").GetString() == Site.Url(path))
            .GetProperty("violations").EnumerateArray()
            .Select(v => v.GetProperty("id").GetString() + (v.GetProperty("level").GetString() == "check" ? " (check)" : "")).Order(StringComparer.Ordinal)];

    public async ValueTask InitializeAsync()
    {
        await Site.InitializeAsync();
        var urls = ProblemPages.Expected.Keys.Select(Site.Url);
        (Exit, Output, _) = await Cli.AuditAsync([.. urls, "--report", ReportPath, "--json", JsonPath, "--junit", JUnitPath, "--sarif", SarifPath]);
        Json = JsonDocument.Parse(await File.ReadAllTextAsync(JsonPath));
    }

    public async ValueTask DisposeAsync()
    {
        Json?.Dispose();
        Directory.Delete(Folder, recursive: true);
        await Site.DisposeAsync();
    }
}
