using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovDesign.Site.Tests.Export;

/// <summary>The site exported under <c>/docs/</c> (once, by <see cref="TestSite"/>), checked as a static host would serve it.</summary>
public sealed partial class ExportTests(TestSite site)
{
    private LinkChecker Checker => new(site.ExportRoot, "/docs/");

    [Fact]
    public void Export_FetchesEveryPageWithoutFailure()
    {
        Assert.Empty(site.Export.Failures);
        var expected = 1 + 2 * GovDesign.Frontend.GovukFrontendPackage.Fixtures.Count(f => !f.Hidden) + GovDesign.Site.Examples.ExampleCatalogue.All.Count;
        Assert.True(site.Export.Pages > expected, $"{site.Export.Pages} pages");
    }

    [Fact]
    public void Export_WritesPagesIndexAnd404AndAssets()
    {
        Assert.True(File.Exists(Path.Combine(site.ExportRoot, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.ExportRoot, "404.html")));
        Assert.True(File.Exists(Path.Combine(site.ExportRoot, "contribute", "test-page", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.ExportRoot, "examples", "components", "button", "start-button", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.ExportRoot, "site.js")));
        Assert.True(File.Exists(Stylesheet));
        Assert.All(GovDesign.Frontend.GovukFrontendPackage.Fixtures.Where(f => !f.Hidden), f =>
            Assert.True(File.Exists(Path.Combine(site.ExportRoot, "examples", "fixtures", f.Component, f.Slug, "index.html")), f.ToString()));
    }

    [Fact]
    public void Export_HasEveryFileTheStylesheetUses_AndLinksItRelativeToTheStylesheet()
    {
        var css = File.ReadAllText(Stylesheet);

        Assert.Empty(site.Export.MissingStyleAssets);
        Assert.Contains("url(\"images/govuk-crest.svg\")", css, StringComparison.Ordinal);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(site.ExportRoot, "_content", "GovDesign.Components", "dist", "images", "govuk-crest.svg")).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_HasEveryFileTheScriptModuleImports()
    {
        var components = Path.Combine(site.ExportRoot, "_content", "GovDesign.Components");
        var modules = Directory.EnumerateFiles(components, "govdesign*.mjs").ToList();
        var imports = modules.SelectMany(m => ModuleImport().Matches(File.ReadAllText(m)).Select(i => Path.GetFullPath(Path.Combine(components, i.Groups[1].Value)))).ToList();

        Assert.NotEmpty(modules);
        Assert.Contains(imports, i => i.EndsWith("govuk-frontend.min.js", StringComparison.Ordinal));
        Assert.All(imports, i => Assert.True(File.Exists(i), $"{i} is imported but not exported"));
    }

    [Fact]
    public void Export_EveryExamplesHtmlTabHasItsMarkup()
    {
        var checker = Checker;
        var withoutMarkup = checker.HtmlFiles.Where(f => File.ReadAllText(f).Contains("renders only within a request", StringComparison.Ordinal)).ToList();

        Assert.True(withoutMarkup.Count == 0, string.Join(Environment.NewLine, withoutMarkup));
    }

    [Fact]
    public void Export_HasNoBrokenLinksOrAnchors()
    {
        var broken = Checker.BrokenLinks();

        Assert.True(broken.Count == 0, $"{broken.Count} broken:{Environment.NewLine}{string.Join(Environment.NewLine, broken.Take(50))}");
    }

    [Fact]
    public void Export_EveryPageHasAUniqueTitle()
    {
        var checker = Checker;
        var titles = checker.HtmlFiles.Select(f => (File: f, Title: checker.Document(f).Title ?? "")).ToList();

        Assert.All(titles, t => Assert.False(string.IsNullOrWhiteSpace(t.Title), t.File));
        var repeated = titles.GroupBy(t => t.Title).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.File))}").ToList();
        Assert.True(repeated.Count == 0, string.Join(Environment.NewLine, repeated));
    }

    [Fact]
    public void Export_EverySitePageHasOneHeadingOne()
    {
        var checker = Checker;
        var wrong = checker.HtmlFiles
            .Where(f => !LinkChecker.IsDemo(Path.GetRelativePath(site.ExportRoot, f).Replace('\\', '/')))
            .Select(f => (File: f, Count: checker.Document(f).QuerySelectorAll("h1").Length))
            .Where(p => p.Count != 1).ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong.Select(w => $"{w.File}: {w.Count} h1")));
    }

    [Fact]
    public void Export_RewritesRootRelativeAddressesUnderTheBasePath()
    {
        var html = File.ReadAllText(Path.Combine(site.ExportRoot, "contribute", "test-page", "index.html"));
        var css = File.ReadAllText(Stylesheet);
        var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.ExportRoot, "search-index.json")));

        Assert.Contains("href=\"/docs/styles/\"", html);
        Assert.Contains("src=\"/docs/site.js\"", html);
        Assert.DoesNotContain(RootRelative().Matches(html), m => !m.Groups[1].Value.StartsWith("/docs/", StringComparison.Ordinal));
        Assert.DoesNotContain(CssUrl().Matches(css), m => !m.Groups[1].Value.StartsWith("/docs/", StringComparison.Ordinal));
        Assert.All(index.RootElement.GetProperty("pages").EnumerateArray(), p => Assert.StartsWith("/docs/", p.GetProperty("url").GetString()));
        Assert.Contains("data-search-index=\"/docs/search-index.json\"", File.ReadAllText(Path.Combine(site.ExportRoot, "search", "index.html")));
    }

    // GovDesign's stylesheet as the pages link it: by its fingerprinted name (govdesign.<fingerprint>.css), since the site maps its static assets.
    private string Stylesheet => Directory.EnumerateFiles(Path.Combine(site.ExportRoot, "_content", "GovDesign.Components", "dist"))
        .Single(file => FingerprintedStylesheet().IsMatch(Path.GetFileName(file)));

    [GeneratedRegex(@"\bfrom\s*'(\./[^']+)'")]
    private static partial Regex ModuleImport();

    [GeneratedRegex(@"^govdesign\.[a-z0-9]+\.css$")]
    private static partial Regex FingerprintedStylesheet();

    [GeneratedRegex("\\s(?:href|src|action)=\"(/[^\"]*)\"")]
    private static partial Regex RootRelative();

    [GeneratedRegex("url\\([\"']?(/[^\"')]*)")]
    private static partial Regex CssUrl();
}
