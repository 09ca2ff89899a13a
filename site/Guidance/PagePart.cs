using System.Text.RegularExpressions;

namespace GovDesign.Site.Guidance;

/// <summary>A run of a page's HTML, or the place of a live example.</summary>
/// <param name="Html">The markup, when this is not an example.</param>
/// <param name="ExampleId">The example's id, when it is.</param>
public sealed partial record PagePart(string Html, string? ExampleId)
{
    /// <summary>Cuts HTML at the example markers.</summary>
    public static IReadOnlyList<PagePart> Split(string html)
    {
        var parts = new List<PagePart>();
        var at = 0;
        foreach (Match marker in Marker().Matches(html))
        {
            parts.Add(new PagePart(html[at..marker.Index], null));
            parts.Add(new PagePart("", marker.Groups[1].Value));
            at = marker.Index + marker.Length;
        }

        parts.Add(new PagePart(html[at..], null));
        return parts;
    }

    [GeneratedRegex("<!--govdesign-example:(.*?)-->")]
    private static partial Regex Marker();
}
