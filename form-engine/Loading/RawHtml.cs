using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Finds raw HTML in a form's Markdown, which the runner does not pass through (a citizen would read the
/// tags as text), and says how to write the same in Markdown: <c>&lt;sup&gt;2&lt;/sup&gt;</c> as <c>²</c>,
/// <c>&lt;strong&gt;x&lt;/strong&gt;</c> as <c>**x**</c>, a link as <c>[text](address)</c>.
/// </summary>
internal static partial class RawHtml
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    /// <summary>The first HTML tag in <paramref name="markdown"/> (not in code), or null when it has none.</summary>
    public static string? FirstTag(string markdown)
    {
        if (markdown.IndexOf('<', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        foreach (var node in Markdown.Parse(markdown).Descendants())
        {
            switch (node)
            {
                case HtmlInline inline:
                    return inline.Tag;
                case HtmlBlock block:
                    return block.Lines.ToString().Trim().Split('\n')[0].Trim();
            }
        }

        return null;
    }

    /// <summary>How to write <paramref name="tag"/> (found in <paramref name="markdown"/>) in Markdown.</summary>
    public static string Suggest(string markdown, string tag)
    {
        var name = TagName().Match(tag) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : "";
        var element = Regex.Match(markdown, $@"<{name}\b([^>]*)>(.*?)</{name}\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        var inner = element.Success ? element.Groups[2].Value : "text";
        return name switch
        {
            "sup" => $"write \"{element.Value}\" as \"{Map(inner, Superscripts)}\"",
            "sub" => $"write \"{element.Value}\" as \"{Map(inner, Subscripts)}\"",
            "strong" or "b" => $"write \"{element.Value}\" as \"**{inner}**\"",
            "em" or "i" => $"write \"{element.Value}\" as \"*{inner}*\"",
            "a" => $"write the link as \"[{inner}]({Href(element.Groups[1].Value)})\"",
            "br" => "end the line with a backslash (\\) for a line break, or leave an empty line to start a new paragraph",
            "p" or "div" => "leave an empty line between paragraphs",
            "ul" or "li" => "write a list as one item a line, each starting with \"- \"",
            "ol" => "write a numbered list as one item a line, each starting with \"1. \", \"2. \" and so on",
            "h2" or "h3" or "h4" => $"write a heading as a line starting with \"{new string('#', name[1] - '0')} \"",
            _ => "write it as Markdown or plain text; for details, inset text or warning text use a content block",
        };
    }

    private static string Map(string text, string digits) =>
        text.All(char.IsAsciiDigit) && text.Length > 0 ? string.Concat(text.Select(c => digits[c - '0'])) : text;

    private static string Href(string attributes) =>
        Regex.Match(attributes, "href\\s*=\\s*[\"']([^\"']*)[\"']", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Groups[1].Value : "address";

    [GeneratedRegex(@"^</?\s*([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex TagName();
}
