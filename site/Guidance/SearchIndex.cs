using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDesign.Site.Guidance;

/// <summary>A heading in the search index, with the address of its anchor.</summary>
/// <param name="Text">The heading.</param>
/// <param name="Url">The page address plus <c>#id</c>.</param>
public sealed record SearchHeading(string Text, string Url);

/// <summary>One page in the search index.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its address.</param>
/// <param name="Section">The title of its section.</param>
/// <param name="Description">Its one-sentence description.</param>
/// <param name="Headings">Its headings.</param>
/// <param name="Text">Its words.</param>
public sealed record SearchEntry(string Title, string Url, string Section, string Description, IReadOnlyList<SearchHeading> Headings, string Text);

/// <summary>A page found by a search, with the heading that matched best when one did.</summary>
/// <param name="Entry">The page.</param>
/// <param name="Heading">A heading that contains a term, or null.</param>
public sealed record SearchHit(SearchEntry Entry, SearchHeading? Heading);

/// <summary>
/// Titles, headings and text of every guidance page: served as <c>/search-index.json</c> for the
/// client-side search, and searched on the server for the plain <c>/search?q=</c> page.
/// </summary>
public sealed class SearchIndex(IReadOnlyList<SearchEntry> entries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The pages.</summary>
    public IReadOnlyList<SearchEntry> Entries { get; } = entries;

    /// <summary>The index as JSON: <c>{"pages":[{"title","url","section","description","headings":[{"text","url"}],"text"}]}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { pages = Entries }, Json);

    public static SearchIndex Build(GuidanceSnapshot snapshot) => new([.. snapshot.Pages
        .OrderBy(p => p.Url, StringComparer.Ordinal)
        .Select(p => new SearchEntry(
            p.Meta.Title, p.Url, snapshot.SectionOf(p)?.Title ?? "Home", p.Meta.Description,
            [.. p.Headings.Select(h => new SearchHeading(h.Text, $"{p.Url}#{h.Id}"))], p.Text))]);

    /// <summary>
    /// The pages that contain every word of <paramref name="query"/> (case-insensitive), best first:
    /// a word in the title counts most, then in a heading, the description, the text.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string? query)
    {
        var terms = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant()).Take(10).ToArray();
        if (terms.Length == 0)
        {
            return [];
        }

        return [.. Entries
            .Select(e => (Entry: e, Score: terms.Sum(t => Score(e, t)), AllFound: terms.All(t => Score(e, t) > 0)))
            .Where(x => x.AllFound)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Entry.Title, StringComparer.OrdinalIgnoreCase)
            .Select(x => new SearchHit(x.Entry, x.Entry.Headings.FirstOrDefault(h => terms.Any(t => h.Text.Contains(t, StringComparison.OrdinalIgnoreCase)))))];
    }

    private static int Score(SearchEntry entry, string term) =>
        (entry.Title.Contains(term, StringComparison.OrdinalIgnoreCase) ? 10 : 0)
        + (entry.Headings.Any(h => h.Text.Contains(term, StringComparison.OrdinalIgnoreCase)) ? 5 : 0)
        + (entry.Description.Contains(term, StringComparison.OrdinalIgnoreCase) ? 3 : 0)
        + (entry.Text.Contains(term, StringComparison.OrdinalIgnoreCase) ? 1 : 0);
}
