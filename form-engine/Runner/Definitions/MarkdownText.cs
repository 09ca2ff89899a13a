using System.Collections.Concurrent;
using GovDesign.Forms.Definitions;
using Markdig;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>
/// Markdown from a form definition as HTML with govuk classes, converted once per text and language.
/// Raw HTML in the Markdown is not passed through.
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly ConcurrentDictionary<(LocalText, string), string> Cache = new();

    public static string? Html(LocalText? text, string language) => text is null ? null : Cache.GetOrAdd((text, language), key =>
        Markdown.ToHtml(key.Item1.In(key.Item2), Pipeline)
            .Replace("<p>", "<p class=\"govuk-body\">", StringComparison.Ordinal)
            .Replace("<ul>", "<ul class=\"govuk-list govuk-list--bullet\">", StringComparison.Ordinal)
            .Replace("<ol>", "<ol class=\"govuk-list govuk-list--number\">", StringComparison.Ordinal)
            .Replace("<a href", "<a class=\"govuk-link\" href", StringComparison.Ordinal)
            .Replace("<h2>", "<h2 class=\"govuk-heading-m\">", StringComparison.Ordinal)
            .Replace("<h3>", "<h3 class=\"govuk-heading-s\">", StringComparison.Ordinal));

    /// <summary>One paragraph of Markdown as inline HTML, without its paragraph: for warning text, which is bold inside its own element.</summary>
    public static string InlineHtml(LocalText text, string language)
    {
        var html = Html(text, language)!.Trim();
        const string open = "<p class=\"govuk-body\">", close = "</p>";
        return html.StartsWith(open, StringComparison.Ordinal) && html.EndsWith(close, StringComparison.Ordinal) && html.IndexOf(open, 1, StringComparison.Ordinal) < 0
            ? html[open.Length..^close.Length]
            : html;
    }
}
