using System.Text;
using AngleSharp.Dom;

namespace GovDesign.Cli.Forms.Import;

/// <summary>Walks parsed HTML and writes its Markdown blocks (see <see cref="HtmlToMarkdown"/>).</summary>
internal sealed class BlockWriter
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    private readonly List<MarkdownBlock> _blocks = [];
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _line = new();

    public IReadOnlyList<MarkdownBlock> Finish()
    {
        FlushText();
        var merged = new List<MarkdownBlock>();
        foreach (var block in _blocks.Where(b => b.Markdown.Length > 0))
        {
            if (block.Kind == BlockKind.Text && merged.Count > 0 && merged[^1].Kind == BlockKind.Text)
            {
                merged[^1] = merged[^1] with { Markdown = merged[^1].Markdown + "\n\n" + block.Markdown };
            }
            else
            {
                merged.Add(block);
            }
        }

        return merged;
    }

    public void Blocks(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Block(child);
        }
    }

    private void Block(INode node)
    {
        if (node is IText text)
        {
            _line.Append(Escape(HtmlToMarkdown.Collapse(text.Data)));
            return;
        }

        if (node is not IElement element || HtmlToMarkdown.IsHidden(element))
        {
            return;
        }

        var classes = element.ClassList;
        switch (element.LocalName)
        {
            case "div" when classes.Contains("govuk-warning-text"):
            case "div" when classes.Contains("govuk-inset-text"):
                FlushText();
                var kind = classes.Contains("govuk-inset-text") ? BlockKind.Inset : BlockKind.Warning;
                var inner = Nested(element);
                _blocks.Add(new MarkdownBlock(kind, kind == BlockKind.Warning ? OneParagraph(inner) : inner));
                return;
            case "details":
                FlushText();
                var summary = element.Children.FirstOrDefault(c => c.LocalName == "summary");
                var body = new BlockWriter();
                foreach (var child in element.ChildNodes.Where(c => c != summary))
                {
                    body.Block(child);
                }

                var summaryText = summary is null ? "" : HtmlToMarkdown.PlainText(summary.InnerHtml);
                _blocks.Add(new MarkdownBlock(BlockKind.Details, Text(body.Finish()), summaryText.Length > 0 ? summaryText : "More information"));
                return;
            case "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "fieldset" or "figure" or "table" or "tr" or "dl" or "dd" or "dt" or "blockquote" or "aside" or "nav" or "legend" or "caption":
                EndParagraph();
                Blocks(element);
                EndParagraph();
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                EndParagraph();
                var level = element.LocalName[1] <= '2' ? "##" : element.LocalName[1] == '3' ? "###" : "####";
                if (Inline(element).Trim() is { Length: > 0 } heading)
                {
                    _paragraphs.Add($"{level} {heading}");
                }

                return;
            case "ul" or "ol":
                EndParagraph();
                var items = element.Children.Where(c => c.LocalName == "li").Select((li, i) => (element.LocalName == "ol" ? $"{i + 1}. " : "- ") + Inline(li).Trim()).Where(i => i.Length > 3).ToList();
                if (items.Count > 0)
                {
                    _paragraphs.Add(string.Join('\n', items));
                }

                return;
            case "hr":
                EndParagraph();
                return;
            case "td" or "th":
                Blocks(element);
                _line.Append(' ');
                return;
            default:
                _line.Append(InlineElement(element));
                return;
        }
    }

    private static string Nested(IElement element)
    {
        var writer = new BlockWriter();
        writer.Blocks(element);
        return Text(writer.Finish());
    }

    private static string Text(IReadOnlyList<MarkdownBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Summary is null ? b.Markdown : $"**{b.Summary}**\n\n{b.Markdown}"));

    internal static string OneParagraph(string markdown) => string.Join(' ', markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.TrimStart('#', '-', ' ').TrimEnd('\\', ' ')).Where(l => l.Length > 0));

    /// <summary>The Markdown of an element's content on one line.</summary>
    private static string Inline(INode node)
    {
        var builder = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(Escape(HtmlToMarkdown.Collapse(text.Data)));
            }
            else if (child is IElement element && !HtmlToMarkdown.IsHidden(element))
            {
                builder.Append(InlineElement(element));
            }
        }

        return builder.ToString();
    }

    private static string InlineElement(IElement element)
    {
        var inner = Inline(element);
        switch (element.LocalName)
        {
            case "strong" or "b":
                return Wrap(inner, "**");
            case "em" or "i":
                return Wrap(inner, "*");
            case "code":
                return inner.Trim().Length > 0 ? "`" + element.TextContent.Trim().Replace("`", "'", StringComparison.Ordinal) + "`" : "";
            case "br":
                return "\\\n";
            case "sup":
                return Digits(element.TextContent.Trim(), Superscripts) ?? inner;
            case "sub":
                return Digits(element.TextContent.Trim(), Subscripts) ?? inner;
            case "a":
                var href = element.GetAttribute("href")?.Trim() ?? "";
                var label = inner.Trim();
                if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || label.Length == 0)
                {
                    return inner;
                }

                return $"[{label}]({href.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";
            case "p" or "div" or "li" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return " " + inner.Trim() + " ";
            default:
                return inner;
        }
    }

    private static string Wrap(string inner, string marker)
    {
        var trimmed = inner.Trim();
        if (trimmed.Length == 0)
        {
            return inner;
        }

        var before = inner.Length > 0 && inner[0] == ' ' ? " " : "";
        var after = inner.Length > 0 && inner[^1] == ' ' ? " " : "";
        return before + marker + trimmed + marker + after;
    }

    private static string? Digits(string text, string digits) =>
        text.Length > 0 && text.All(char.IsAsciiDigit) ? string.Concat(text.Select(c => digits[c - '0'])) : null;

    /// <summary>Escapes the characters Markdown would read as formatting or as HTML, and the braces GovDesign reads as an answer in the text.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '{' or '}')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private void EndParagraph()
    {
        var line = Tidy(_line.ToString());
        _line.Clear();
        if (line.Length > 0)
        {
            _paragraphs.Add(line);
        }
    }

    private void FlushText()
    {
        EndParagraph();
        if (_paragraphs.Count > 0)
        {
            _blocks.Add(new MarkdownBlock(BlockKind.Text, string.Join("\n\n", _paragraphs)));
            _paragraphs.Clear();
        }
    }

    /// <summary>Trims each line, and drops line breaks at the start or end of a paragraph (a trailing backslash would show).</summary>
    private static string Tidy(string paragraph)
    {
        var lines = paragraph.Split('\n').Select(l => l.Trim()).ToList();
        var text = string.Join('\n', lines).Trim();
        while (text.EndsWith('\\') && (text.Length < 2 || text[^2] != '\\'))
        {
            text = text[..^1].TrimEnd();
        }

        while (text.StartsWith("\\\n", StringComparison.Ordinal))
        {
            text = text[2..].TrimStart();
        }

        return text.Replace("\\\n\\\n", "\\\n", StringComparison.Ordinal);
    }
}
