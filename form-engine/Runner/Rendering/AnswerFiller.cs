using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Forms.Texts;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>
/// Fills answer placeholders (<see cref="Placeholder"/>) for one request: each answer as check answers shows
/// it, in the page's language, on one line. Only answers on the citizen's path count: an answer left on a
/// branch they have since left gives the fallback, as a blank optional answer does. The result is text; the
/// page encodes it like any other text (and <see cref="Definitions.MarkdownText"/> encodes it in Markdown).
/// </summary>
internal sealed class AnswerFiller(RunnerRequest request)
{
    private HashSet<string>? _onPath;

    /// <summary>The text in the page's language, filled; null for no text.</summary>
    public string? Fill(LocalText? text) => text is null ? null : Fill(text.In(request.Language));

    /// <summary>The text, filled; the same string when it has no placeholders.</summary>
    public string Fill(string text) => text.Contains("{{", StringComparison.Ordinal) ? Placeholder.Replace(text, Answer) : text;

    /// <summary>What one placeholder shows: the answer, or its fallback (nothing when it has none).</summary>
    public string Answer(Placeholder placeholder)
    {
        var question = request.Form.Definition.FindQuestion(placeholder.Question);
        if (question is null || !OnPath().Contains(question.PagePath)
            || !request.Answers.TryGetAnswer(question.Name, out var value) || value is null)
        {
            return placeholder.Fallback ?? "";
        }

        var described = request.Form.Types.Describe(question, request.Language, value);
        return string.Join(", ", described.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private HashSet<string> OnPath() => _onPath ??= [.. request.Journey.Walk(request.Answers).Path.Select(p => p.Path)];
}
