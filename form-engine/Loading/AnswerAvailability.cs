using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Whether a question's answer is there when a page is shown: its page is passed on every path to the page
/// (the journey analysis of <see cref="FlowChecks.PagesAlwaysBefore"/>), it is not asked once per item, and it
/// cannot be left blank. Used by answers in text and by cross-field rules.
/// </summary>
internal sealed class AnswerAvailability(IReadOnlyList<Page> pages, IReadOnlyList<bool[]>? before)
{
    private readonly Dictionary<string, Page> _byPath = pages.DistinctBy(p => p.Path).ToDictionary(p => p.Path, StringComparer.Ordinal);

    /// <summary>The node of check answers and the confirmation, after every page.</summary>
    public int End => pages.Count;

    /// <summary>Whether the journey could be analysed (it cannot while pages or conditions are broken).</summary>
    public bool Known => before is not null;

    /// <summary>Whether the question is asked once per item on an add-another page, so it has no single answer.</summary>
    public bool IsRepeated(Question question) => _byPath[question.PagePath].Repeat is not null;

    /// <summary>Whether the question's page is passed on every path to <paramref name="node"/> (true when the journey is not known).</summary>
    public bool AlwaysBefore(Question question, int node) => before is null || before[node][_byPath[question.PagePath].Index];

    /// <summary>
    /// Why <paramref name="question"/> may have no answer when <paramref name="node"/> (a page index, or
    /// <see cref="End"/>) is shown, as the end of a sentence starting with the question's name; null when it
    /// is always answered there.
    /// </summary>
    public string? WhyNotAnswered(Question question, int node)
    {
        var page = _byPath[question.PagePath];
        if (page.Repeat is not null)
        {
            return $"is asked once for each item on the add-another page \"{page.Path}\", so it has no single answer";
        }

        if (page.Index == node)
        {
            return "is asked on this same page, so it has no answer yet when the page is first shown";
        }

        if (!AlwaysBefore(question, node))
        {
            return $"is not answered on every path here: its page \"{page.Path}\" {(page.Index > node && node != End ? "comes later in the journey" : "can be skipped (by a showIf or a next rule) on the way")}";
        }

        return question.Optional ? "is optional, so it may be left blank" : null;
    }
}
