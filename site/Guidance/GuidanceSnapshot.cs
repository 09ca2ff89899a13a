namespace GovDesign.Site.Guidance;

/// <summary>A section of the site: one folder of <c>guidance/</c>.</summary>
/// <param name="Folder">The folder (<c>get-started</c>).</param>
/// <param name="Title">Its title: its index page's, or a default.</param>
/// <param name="Url">Its landing page, or its first page.</param>
/// <param name="Pages">Its pages other than the index, by order then title.</param>
public sealed record Section(string Folder, string Title, string Url, IReadOnlyList<GuidancePage> Pages);

/// <summary>The guidance pages at one moment, with the sections they make.</summary>
public sealed class GuidanceSnapshot
{
    /// <summary>The sections in the order the site shows them; unknown folders come last.</summary>
    public static readonly (string Folder, string Title)[] KnownSections =
    [
        ("get-started", "Get started"), ("styles", "Styles"), ("components", "Components"), ("patterns", "Patterns"),
        ("answers", "Answers"), ("form-engine", "Form engine"), ("accessibility", "Accessibility"), ("contribute", "Contribute"),
    ];

    private readonly Dictionary<string, GuidancePage> _byUrl;

    public GuidanceSnapshot(IReadOnlyList<GuidancePage> pages)
    {
        Pages = pages;
        _byUrl = pages.ToDictionary(p => p.Url, StringComparer.OrdinalIgnoreCase);
        Sections = [.. pages.Where(p => p.Section.Length > 0).GroupBy(p => p.Section)
            .OrderBy(g => Array.FindIndex(KnownSections, k => k.Folder == g.Key) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(MakeSection)];
        SearchIndex = new Lazy<SearchIndex>(() => Guidance.SearchIndex.Build(this));
    }

    /// <summary>The files that could not be read, each naming its file and line; they are left out of the site.</summary>
    public IReadOnlyList<GuidanceException> Errors { get; init; } = [];

    /// <summary>Every page.</summary>
    public IReadOnlyList<GuidancePage> Pages { get; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The search index of these pages, built when first asked for.</summary>
    public Lazy<SearchIndex> SearchIndex { get; }

    /// <summary>The page at an address (<c>/components/button</c>, trailing slash or not), or null.</summary>
    public GuidancePage? Find(string url)
    {
        var path = "/" + url.Trim('/');
        return _byUrl.GetValueOrDefault(path);
    }

    /// <summary>The section of a page, or null for the home page.</summary>
    public Section? SectionOf(GuidancePage page) => Sections.FirstOrDefault(s => s.Folder == page.Section);

    private static Section MakeSection(IGrouping<string, GuidancePage> group)
    {
        var index = group.FirstOrDefault(p => p.IsIndex);
        var pages = group.Where(p => !p.IsIndex)
            .OrderBy(p => p.Meta.Order ?? int.MaxValue).ThenBy(p => p.Meta.Title, StringComparer.OrdinalIgnoreCase).ToList();
        var title = index?.Meta.Title ?? KnownSections.FirstOrDefault(k => k.Folder == group.Key).Title ?? group.Key;
        return new Section(group.Key, title, index?.Url ?? pages[0].Url, pages);
    }
}
