using System.Text;
using System.Text.RegularExpressions;

namespace GovDesign.Forms.Texts;

/// <summary>
/// An answer shown in text: <c>{{ question-name }}</c>, or <c>{{ question-name | "fallback" }}</c> with the
/// text shown when the question has no answer on the citizen's path. Written in headings, captions, hints,
/// content blocks, check answers and the confirmation; the answer is shown as check answers shows it, in the
/// page's language, and always encoded as text.
/// </summary>
/// <param name="Question">The name of the question whose answer is shown.</param>
/// <param name="Fallback">The text shown when there is no answer; null when none is given.</param>
/// <param name="Start">Where the placeholder starts in its text.</param>
/// <param name="Length">How long the placeholder is, braces included.</param>
public sealed partial record Placeholder(string Question, string? Fallback, int Start, int Length)
{
    /// <summary>The placeholders in <paramref name="text"/>, in order; empty when it has none.</summary>
    /// <param name="text">A text of the definition, in one language.</param>
    /// <returns>The placeholders.</returns>
    public static IReadOnlyList<Placeholder> Find(string text) =>
        text.Contains("{{", StringComparison.Ordinal)
            ? [.. Pattern().Matches(text).Select(m => new Placeholder(m.Groups["key"].Value, m.Groups["fallback"].Success ? m.Groups["fallback"].Value : null, m.Index, m.Length))]
            : [];

    /// <summary>
    /// The first <c>{{</c> in <paramref name="text"/> that does not open a well-formed placeholder, with what
    /// follows it up to its closing braces (or the end of the line); null when every one is well formed.
    /// </summary>
    /// <param name="text">A text of the definition, in one language.</param>
    /// <returns>The malformed placeholder, or null.</returns>
    public static string? FirstMalformed(string text)
    {
        var good = Find(text).Select(p => p.Start).ToHashSet();
        for (var at = text.IndexOf("{{", StringComparison.Ordinal); at >= 0; at = text.IndexOf("{{", at + 2, StringComparison.Ordinal))
        {
            if (!good.Contains(at))
            {
                var close = text.IndexOf("}}", at, StringComparison.Ordinal);
                var line = text.IndexOf('\n', at);
                var end = close >= 0 && (line < 0 || close < line) ? close + 2 : line >= 0 ? line : text.Length;
                return text[at..end];
            }

            var placeholder = Find(text).First(p => p.Start == at);
            at += placeholder.Length - 2;
        }

        return null;
    }

    /// <summary>Whether a placeholder is inside a Markdown link's address, like <c>[text](https://example.gov.uk/{{ id }})</c>.</summary>
    /// <param name="text">A text of the definition, in one language.</param>
    /// <returns>True when one is.</returns>
    public static bool InLinkAddress(string text) => text.Contains("{{", StringComparison.Ordinal) && LinkAddress().IsMatch(text);

    /// <summary>The text with each placeholder replaced by what <paramref name="fill"/> gives for it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fill">The text for a placeholder.</param>
    /// <returns>The filled text; <paramref name="text"/> itself when it has no placeholders.</returns>
    public static string Replace(string text, Func<Placeholder, string> fill)
    {
        var found = Find(text);
        if (found.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        foreach (var placeholder in found)
        {
            result.Append(text, from, placeholder.Start - from).Append(fill(placeholder));
            from = placeholder.Start + placeholder.Length;
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    [GeneratedRegex(@"\]\([^)\s]*\{\{")]
    private static partial Regex LinkAddress();

    // A question name, then optionally a bar and a quoted fallback without quotes or braces in it.
    [GeneratedRegex("""\{\{[ \t]*(?<key>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)[ \t]*(?:\|[ \t]*"(?<fallback>[^"{}\n]*)"[ \t]*)?\}\}""")]
    private static partial Regex Pattern();
}
