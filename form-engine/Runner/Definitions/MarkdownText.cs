using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Texts;
using Markdig;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>
/// Markdown from a form definition as HTML with govuk classes, converted once per text and language.
/// Raw HTML in the Markdown is not passed through.
/// </summary>
internal static partial class MarkdownText
{
    private const char SlotStart = '\uE000';
    private const char SlotEnd = '\uE001';

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly ConcurrentDictionary<(LocalText, string), Rendered> Cache = new();

    /// <summary>The Markdown as HTML, with each answer placeholder filled by <paramref name="answers"/> and encoded; a placeholder shows its fallback when there are no answers.</summary>
    public static string? Html(LocalText? text, string language, AnswerFiller? answers = null)
    {
        if (text is null)
        {
            return null;
        }

        var rendered = Cache.GetOrAdd((text, language), static key => Render(key.Item1.In(key.Item2)));
        return rendered.Slots.Count == 0 ? rendered.Html : Slot().Replace(rendered.Html, match =>
        {
            var placeholder = rendered.Slots[int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)];
            return WebUtility.HtmlEncode(answers?.Answer(placeholder) ?? placeholder.Fallback ?? "");
        });
    }

    /// <summary>
    /// Converts the Markdown once, each placeholder first swapped for a marker of private-use characters that
    /// Markdown leaves alone; the answers go in afterwards, encoded, so an answer is never read as Markdown or HTML.
    /// </summary>
    private static Rendered Render(string markdown)
    {
        var slots = Placeholder.Find(markdown);
        var next = 0;
        var marked = slots.Count == 0 ? markdown : Placeholder.Replace(markdown, _ => $"{SlotStart}{next++}{SlotEnd}");
        var html = Markdown.ToHtml(marked, Pipeline)
            .Replace("<p>", "<p class=\"govuk-body\">", StringComparison.Ordinal)
            .Replace("<ul>", "<ul class=\"govuk-list govuk-list--bullet\">", StringComparison.Ordinal)
            .Replace("<ol>", "<ol class=\"govuk-list govuk-list--number\">", StringComparison.Ordinal)
            .Replace("<a href", "<a class=\"govuk-link\" href", StringComparison.Ordinal)
            .Replace("<h2>", "<h2 class=\"govuk-heading-m\">", StringComparison.Ordinal)
            .Replace("<h3>", "<h3 class=\"govuk-heading-s\">", StringComparison.Ordinal);
        return new Rendered(html, slots);
    }

    /// <summary>One paragraph of Markdown as inline HTML, without its paragraph: for warning text, which is bold inside its own element.</summary>
    public static string InlineHtml(LocalText text, string language, AnswerFiller? answers = null)
    {
        var html = Html(text, language, answers)!.Trim();
        const string open = "<p class=\"govuk-body\">", close = "</p>";
        return html.StartsWith(open, StringComparison.Ordinal) && html.EndsWith(close, StringComparison.Ordinal) && html.IndexOf(open, 1, StringComparison.Ordinal) < 0
            ? html[open.Length..^close.Length]
            : html;
    }

    private sealed record Rendered(string Html, IReadOnlyList<Placeholder> Slots);

    [GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial Regex Slot();
}
