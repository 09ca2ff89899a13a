using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Site.Pages;

/// <summary>
/// govuk-frontend's description of one of its examples, as the site shows it: HTML-encoded, with the
/// abbreviations govuk-frontend uses in them written out, since a reader may not know them.
/// </summary>
internal static partial class FixtureDescription
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ARIA"] = "Accessible Rich Internet Applications",
    };

    public static MarkupString Html(string description) =>
        new(Abbreviation().Replace(WebUtility.HtmlEncode(description), m => $"<abbr title=\"{Abbreviations[m.Value]}\">{m.Value}</abbr>"));

    [GeneratedRegex(@"\bARIA\b")]
    private static partial Regex Abbreviation();
}
