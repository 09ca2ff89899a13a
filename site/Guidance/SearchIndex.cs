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
/// <param name="Keywords">Other words people search for it by (front matter <c>keywords</c>).</param>
public sealed record SearchEntry(string Title, string Url, string Section, string Description, IReadOnlyList<SearchHeading> Headings, string Text, IReadOnlyList<string> Keywords);

/// <summary>A page found by a search, with the heading that matched best when one did.</summary>
/// <param name="Entry">The page.</param>
/// <param name="Heading">A heading that contains a term, or null.</param>
public sealed record SearchHit(SearchEntry Entry, SearchHeading? Heading);

/// <summary>
/// Titles, headings and text of every guidance page: served as <c>/search-index.json</c> for the
/// client-side search (site.js scores the same way), and searched on the server for the plain
/// <c>/search?q=</c> page.
/// </summary>
public sealed class SearchIndex(IReadOnlyList<SearchEntry> entries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The pages.</summary>
    public IReadOnlyList<SearchEntry> Entries { get; } = entries;

    /// <summary>The index as JSON: <c>{"pages":[{"title","url","section","description","headings":[{"text","url"}],"text","keywords"}]}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { pages = Entries }, Json);

    public static SearchIndex Build(GuidanceSnapshot snapshot) => new([.. snapshot.Pages
        .OrderBy(p => p.Url, StringComparer.Ordinal)
        .Select(p => new SearchEntry(
            p.Meta.Title, p.Url, snapshot.SectionOf(p)?.Title ?? "Home", p.Meta.Description,
            [.. p.Headings.Select(h => new SearchHeading(h.Text, $"{p.Url}#{h.Id}"))], p.Text, p.Meta.Keywords))]);

    /// <summary>
    /// The pages with every word of <paramref name="query"/> at the start of a word of theirs
    /// (case-insensitive; "date" finds "dates" but not "update"), best first: a title that starts
    /// with the word counts most, then any word of the title, a keyword, a heading, the description, the text.
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
            .Select(e => (Entry: e, Scores: terms.Select(t => Score(e, t)).ToArray()))
            .Where(x => x.Scores.All(s => s > 0))
            .OrderByDescending(x => x.Scores.Sum()).ThenBy(x => x.Entry.Title.Length).ThenBy(x => x.Entry.Title, StringComparer.OrdinalIgnoreCase)
            .Select(x => new SearchHit(x.Entry, x.Entry.Headings.FirstOrDefault(h => terms.Any(t => StartsAWord(h.Text, t)))))];
    }

    /// <summary>How well a page matches one term; 0 when it does not.</summary>
    public static int Score(SearchEntry entry, string term) =>
        (entry.Title.StartsWith(term, StringComparison.OrdinalIgnoreCase) ? 100 : StartsAWord(entry.Title, term) ? 60 : 0)
        + (entry.Keywords.Any(k => StartsAWord(k, term)) ? 40 : 0)
        + (entry.Headings.Any(h => StartsAWord(h.Text, term)) ? 10 : 0)
        + (StartsAWord(entry.Description, term) ? 5 : 0)
        + (StartsAWord(entry.Text, term) ? 1 : 0);

    /// <summary>Whether <paramref name="term"/> appears in <paramref name="text"/> where a word starts.</summary>
    public static bool StartsAWord(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
