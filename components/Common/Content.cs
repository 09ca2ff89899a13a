using Microsoft.AspNetCore.Components;

namespace GovDesign.Components;

/// <summary>The content of an element given as child content, trusted HTML or encoded text, in that order.</summary>
internal static class Content
{
    /// <summary>
    /// Child content wins, then <paramref name="html"/> (trusted markup, never a citizen's input),
    /// then <paramref name="text"/>, which is always encoded.
    /// </summary>
    public static RenderFragment Of(RenderFragment? childContent, string? html, string? text) =>
        childContent ?? (string.IsNullOrEmpty(html) ? b => b.AddContent(0, text) : b => b.AddMarkupContent(0, html));

    /// <summary>Content from HTML or text only.</summary>
    public static RenderFragment Of(string? html, string? text) => Of(null, html, text);

    /// <summary>Whether any content was given: the macros' <c>params.html or params.text</c>.</summary>
    public static bool Has(string? html, string? text) => !string.IsNullOrEmpty(html) || !string.IsNullOrEmpty(text);

    /// <summary>Joins CSS classes, skipping empty ones.</summary>
    public static string Classes(params string?[] classes) => string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)));

    /// <summary>Joins ids for <c>aria-describedby</c>; null when there are none, so the attribute is left out.</summary>
    public static string? Ids(params string?[] ids)
    {
        var joined = string.Join(' ', ids.Where(id => !string.IsNullOrEmpty(id)));
        return joined.Length == 0 ? null : joined;
    }
}
