using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GovDesign.Cli.Forms.Import;

/// <summary>What a block of imported content is shown as, in GovDesign's content block types.</summary>
internal enum BlockKind
{
    Text,
    Details,
    Inset,
    Warning,
}

/// <summary>One block of Markdown made from HTML.</summary>
/// <param name="Kind">How it is shown.</param>
/// <param name="Markdown">Its Markdown, with no HTML in it.</param>
/// <param name="Summary">For details, the line that opens it.</param>
internal sealed record MarkdownBlock(BlockKind Kind, string Markdown, string? Summary = null);

/// <summary>
/// Writes XGov's HTML content as Markdown, because GovDesign's loader refuses raw HTML: paragraphs,
/// headings, lists, links, bold, italics and line breaks become their Markdown; govuk-frontend's
/// inset text, warning text and details become blocks of their own; buttons, scripts, images and
/// visually hidden or aria-hidden parts are left out; every other tag keeps only its text.
/// </summary>
internal static class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The blocks of <paramref name="html"/>, in order, text blocks next to each other merged.</summary>
    public static IReadOnlyList<MarkdownBlock> Convert(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + html + "</body>");
        var writer = new BlockWriter();
        writer.Blocks(document.Body!);
        return writer.Finish();
    }

    /// <summary>The text of <paramref name="html"/> with its tags removed and its spaces collapsed, for labels and hints, which are plain text.</summary>
    public static string PlainText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return Collapse(html).Trim();
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + html + "</body>");
        var text = new StringBuilder();
        AppendText(document.Body!, text);
        return Collapse(text.ToString()).Trim();
    }

    /// <summary>Whether <paramref name="text"/> has an HTML tag in it.</summary>
    public static bool HasTags(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, "</?[A-Za-z][^>]*>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && !IsHidden(e))
            {
                AppendText(e, text);
                text.Append(e.LocalName is "p" or "div" or "li" or "br" ? " " : "");
            }
        }
    }

    internal static bool IsHidden(IElement element) =>
        element.LocalName is "script" or "style" or "svg" or "noscript" or "template" or "button" or "input" or "select" or "textarea" or "img" or "iframe" or "form"
        || element.GetAttribute("aria-hidden") == "true"
        || element.ClassList.Contains("govuk-visually-hidden")
        || element.ClassList.Contains("govuk-button")
        || element.GetAttribute("role") == "button";

    /// <summary>Each run of white space as one space, at the ends too (so words either side of a tag stay apart).</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                }

                space = true;
                continue;
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
