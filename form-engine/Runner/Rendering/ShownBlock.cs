using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Definitions;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>A content block as one page shows it, in the page's language.</summary>
/// <param name="Kind">How it is shown.</param>
/// <param name="Html">Its Markdown as HTML (trusted: from the form definition, with raw HTML refused).</param>
/// <param name="Summary">The line that opens details; null for the other kinds.</param>
public sealed record ShownBlock(ContentKind Kind, string Html, string? Summary)
{
    /// <summary>The blocks of a page (or of one place on it) in <paramref name="language"/>.</summary>
    internal static IReadOnlyList<ShownBlock> Of(IEnumerable<ContentBlock> blocks, string language, AnswerFiller? answers = null) => [.. blocks.Select(block => new ShownBlock(
        block.Kind,
        block.Kind == ContentKind.Warning ? MarkdownText.InlineHtml(block.Text, language, answers) : MarkdownText.Html(block.Text, language, answers)!,
        block.Summary is null ? null : answers?.Fill(block.Summary) ?? block.Summary.In(language)))];
}
