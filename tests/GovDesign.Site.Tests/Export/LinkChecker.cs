using AngleSharp.Dom;

namespace GovDesign.Site.Tests.Export;

/// <summary>
/// Checks every link and asset address in an exported site: each root-relative address must sit
/// under the base path, name a file of the export, and have its #anchor on the page it names.
/// Example pages show a component or pattern alone: their fragment links ("#address") are part of
/// the example, but a link to a page must name a page of the site. govuk-frontend's fixtures are
/// its data (a breadcrumb to "/section"), so only their assets are checked.
/// </summary>
internal sealed class LinkChecker(string root, string basePath)
{
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public IDocument Document(string file)
    {
        if (!_documents.TryGetValue(file, out var document))
        {
            document = Html.Parse(File.ReadAllText(file));
            _documents[file] = document;
        }

        return document;
    }

    public static bool IsDemo(string relative) => relative.StartsWith("examples/", StringComparison.Ordinal);

    public static bool IsFixtureData(string relative) => relative.StartsWith("examples/fixtures/", StringComparison.Ordinal);

    /// <summary>Every broken link, as "page: address (reason)".</summary>
    public IReadOnlyList<string> BrokenLinks()
    {
        var broken = new List<string>();
        foreach (var file in HtmlFiles)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var document = Document(file);
            foreach (var element in document.QuerySelectorAll("[href], [src], form[action]"))
            {
                var address = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                if (Check(relative, file, document, address, IsDemo(relative), IsFixtureData(relative)) is { } reason)
                {
                    broken.Add($"{relative}: {address} ({reason})");
                }
            }
        }

        return broken;
    }

    private string? Check(string relative, string file, IDocument page, string address, bool demo, bool fixtureData)
    {
        if (address.StartsWith("//", StringComparison.Ordinal) || address.Contains(':', StringComparison.Ordinal) || address.Length == 0 || address == "#")
        {
            return null;
        }

        if (address.StartsWith('#'))
        {
            return demo || page.GetElementById(address[1..]) is not null ? null : "no such anchor";
        }

        if (!address.StartsWith('/'))
        {
            return demo ? null : "relative address";
        }

        if (!address.StartsWith(basePath, StringComparison.Ordinal))
        {
            return "not under the base path";
        }

        var cut = address.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(cut < 0 ? address : address[..cut])[basePath.Length..];
        var isPage = path.Length == 0 || path.EndsWith('/');
        if (fixtureData && isPage)
        {
            return null;
        }

        var target = Path.Combine(root, isPage ? path + "index.html" : path);
        if (!File.Exists(target))
        {
            return "no such file";
        }

        var hash = address.IndexOf('#');
        if (hash >= 0 && address.Length > hash + 1 && Document(target).GetElementById(Uri.UnescapeDataString(address[(hash + 1)..])) is null)
        {
            return "no such anchor";
        }

        return null;
    }
}
