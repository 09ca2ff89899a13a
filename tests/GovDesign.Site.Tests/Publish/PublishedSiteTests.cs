using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace GovDesign.Site.Tests.Publish;

/// <summary>The published site, moved away from where it was published, works on its own.</summary>
public sealed class PublishedSiteTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [Fact]
    public async Task NavigationPages_FromMovedFolder_AnswerOkWithTheirCss()
    {
        var pages = await NavigationAsync();
        var stylesheets = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var (status, document) = await Html.GetAsync(site.Http, page);
            var css = document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            if (status != 200 || css.Count == 0)
            {
                failures.Add($"{page}: {status}, {css.Count} stylesheets");
            }

            foreach (var href in css.Where(href => !stylesheets.ContainsKey(href)))
            {
                using var response = await site.Http.GetAsync(href, TestContext.Current.CancellationToken);
                stylesheets[href] = (int)response.StatusCode;
                if (response.Content.Headers.ContentType?.MediaType != "text/css")
                {
                    failures.Add($"{href} (on {page}): {response.Content.Headers.ContentType}");
                }
            }
        }

        failures.AddRange(stylesheets.Where(s => s.Value != 200).Select(s => $"{s.Key}: {s.Value}"));
        Assert.True(pages.Count > 50, $"Only {pages.Count} pages in the navigation.");
        // By its fingerprinted address, which the published site's static asset manifest serves with long caching.
        Assert.Contains(stylesheets.Keys, href => Regex.IsMatch(href, @"^/_content/GovDesign\.Components/dist/govdesign\.[a-z0-9]+\.css$"));
        Assert.Empty(failures);
    }

    [Fact]
    public async Task SampleFormAndComponentExample_FromMovedFolder_AnswerOk()
    {
        // The sample forms come from form-samples/ beside the site; the examples from the embedded fixtures.
        var (form, _) = await Html.GetAsync(site.Http, "/forms/");
        var (example, document) = await Html.GetAsync(site.Http, "/components/button/default");

        Assert.Equal(200, form);
        Assert.Equal(200, example);
        Assert.NotNull(document.QuerySelector("iframe, .govuk-button"));
    }

    [Fact]
    public void PublishedFolder_NamesNoPathOfTheBuildMachine()
    {
        var repository = RepositoryPaths.Root.TrimEnd(Path.DirectorySeparatorChar);
        var naming = Directory.EnumerateFiles(site.Folder, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetExtension(file) != ".pdb")
            .Where(file => Contains(file, repository))
            .Select(file => Path.GetRelativePath(site.Folder, file))
            .ToList();

        Assert.True(Directory.Exists(Path.Combine(site.Folder, SiteContent.GuidanceFolder)));
        Assert.True(Directory.Exists(Path.Combine(site.Folder, SiteContent.FormSamplesFolder)));
        Assert.Empty(naming);
    }

    /// <summary>
    /// Whether a file holds the path, in UTF-8 or UTF-16. An assembly's debug directory, which says
    /// where the compiler wrote its symbols (a .pdb that is not published), is left out.
    /// </summary>
    private static bool Contains(string file, string path)
    {
        var bytes = File.ReadAllBytes(file);
        if (Path.GetExtension(file) is ".dll" or ".exe" && IsManaged(file))
        {
            using var pe = new PEReader(new MemoryStream(bytes));
            foreach (var entry in pe.ReadDebugDirectory())
            {
                Array.Clear(bytes, entry.DataPointer, entry.DataSize);
            }
        }

        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(path)) >= 0
            || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(path)) >= 0;
    }

    private static bool IsManaged(string file)
    {
        using var pe = new PEReader(File.OpenRead(file));
        return pe.HasMetadata;
    }

    /// <summary>The service navigation's sections, and every page in each section's side navigation.</summary>
    private async Task<IReadOnlyList<string>> NavigationAsync()
    {
        var (_, home) = await Html.GetAsync(site.Http, "/");
        var sections = Links(home, ".govuk-service-navigation__link");
        var pages = new SortedSet<string>(StringComparer.Ordinal) { "/" };
        foreach (var section in sections)
        {
            pages.Add(section);
            var (_, document) = await Html.GetAsync(site.Http, section);
            pages.UnionWith(Links(document, ".govdesign-side-nav a[href]"));
        }

        return [.. pages];
    }

    private static IEnumerable<string> Links(IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).Where(href => href.StartsWith('/'));
}
