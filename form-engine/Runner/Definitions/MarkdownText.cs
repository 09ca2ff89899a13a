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

    public static string? Html(IReadOnlyList<LocalText> texts, string language) =>
        texts.Count == 0 ? null : string.Concat(texts.Select(t => Html(t, language)));
}
