using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace GovDesign.Cli.Audit.Checks;

/// <summary>Stray and misnested tags in the HTML source, which the browser repairs by changing the page's structure.</summary>
internal static partial class Rules
{
    public static readonly Rule MarkupNesting = Check("markup-nesting", Impact.Moderate, "1.3.1",
        "The page's HTML source has a stray or misnested tag (an end tag with nothing open to close, elements closed out of order, an element where it cannot stand), and the browser repairs it by changing the page's structure.",
        "Confirm that the structure the browser built (headings, lists, tables, forms) is the one meant, and fix the template so that every element is closed, in order, where it may stand.", "info-and-relationships");
}

/// <summary>
/// Parses the HTML source of the page as the browser received it with AngleSharp, which follows the HTML
/// standard's parser, and raises <see cref="Rules.MarkupNesting"/> at each parse error that changes the tree
/// (WCAG 2.2 dropped 4.1.1 Parsing, so this is tied to 1.3.1). Errors that leave the tree as written, such as
/// a duplicate attribute, a missing semicolon or a self-closed end tag, are not raised.
/// </summary>
internal static class MarkupCheck
{
    private const int MaxNodes = 20;

    private static readonly HashSet<HtmlParseError> TreeChanging =
    [
        HtmlParseError.TagClosedWrong, HtmlParseError.TagCannotBeSelfClosed, HtmlParseError.TagCannotEndHere, HtmlParseError.TagClosingMismatch,
        HtmlParseError.TagDoesNotMatchCurrentNode, HtmlParseError.CaptionNotInScope, HtmlParseError.SelectNotInScope, HtmlParseError.TableRowNotInScope,
        HtmlParseError.TableNotInScope, HtmlParseError.ParagraphNotInScope, HtmlParseError.BodyNotInScope, HtmlParseError.BlockNotInScope,
        HtmlParseError.TableCellNotInScope, HtmlParseError.TableSectionNotInScope, HtmlParseError.ObjectNotInScope, HtmlParseError.HeadingNotInScope,
        HtmlParseError.ListItemNotInScope, HtmlParseError.FormNotInScope, HtmlParseError.ButtonInScope, HtmlParseError.NobrInScope,
        HtmlParseError.ElementNotInScope, HtmlParseError.TableNesting, HtmlParseError.IllegalElementInTableDetected, HtmlParseError.SelectNesting,
        HtmlParseError.IllegalElementInSelectDetected, HtmlParseError.HeadingNested, HtmlParseError.AnchorNested, HtmlParseError.FormAlreadyOpen,
        HtmlParseError.FormClosedWrong, HtmlParseError.BodyClosedWrong, HtmlParseError.FormattingElementNotFound,
    ];

    /// <summary>The check on one page's source; none when the source could not be had.</summary>
    public static IReadOnlyList<Violation> Run(string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            return [];
        }

        var lines = source.Split('\n');
        var nodes = new List<AffectedNode>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error && TreeChanging.Contains((HtmlParseError)error.Code) && nodes.Count < MaxNodes)
            {
                var (line, column) = (error.Position.Line, error.Position.Column);
                nodes.Add(new AffectedNode("html", Excerpt(lines, line, column), $"Line {line}, column {column} of the source: {error.Message}"));
            }
        };
        using var document = parser.ParseDocument(source);
        return nodes.Count > 0 ? [Rules.MarkupNesting.On(nodes)] : [];
    }

    /// <summary>The tag the error is in: from the last &lt; at or before the position, at most 120 characters.</summary>
    private static string Excerpt(string[] lines, int line, int column)
    {
        if (line < 1 || line > lines.Length)
        {
            return "";
        }

        var text = lines[line - 1].TrimEnd('\r');
        var at = Math.Clamp(column - 1, 0, Math.Max(0, text.Length - 1));
        var start = text.Length == 0 ? 0 : Math.Max(0, text.LastIndexOf('<', at));
        var excerpt = text[start..].Trim();
        return excerpt.Length > 120 ? excerpt[..117] + "..." : excerpt;
    }
}
