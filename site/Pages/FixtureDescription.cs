using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Site.Pages;

/// <summary>
/// govuk-frontend's description of one of its examples, as the site shows it: HTML-encoded, with the
/// abbreviation govuk-frontend uses in them (ARIA) written out, since a reader may not know them.
/// </summary>
internal static partial class FixtureDescription
{
    public static MarkupString Html(string description) =>
        new(Aria().Replace(WebUtility.HtmlEncode(description), "<abbr title=\"Accessible Rich Internet Applications\">$0</abbr>"));

    [GeneratedRegex(@"\bARIA\b")]
    private static partial Regex Aria();
}
