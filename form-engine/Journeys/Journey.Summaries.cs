using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Journeys;

/// <summary>The answers a summary page part-way shows, grouped as check answers groups them.</summary>
public sealed partial class Journey
{
    /// <summary>What a summary page shows: the answers on the path before it to the questions of its sections, grouped by section, in journey order.</summary>
    /// <param name="summary">The summary page.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The groups; empty when the page is not a summary page.</returns>
    public IReadOnlyList<CheckAnswersGroup> SummaryOf(Page summary, FormAnswers answers)
    {
        var sections = summary.Summary?.Sections ?? [];
        var before = Walk(answers).Path
            .TakeWhile(p => p.Path != summary.Path)
            .Where(p => !p.IsExit && p.Section is { } section && sections.Any(s => s.Id == section.Id));
        return Groups(before, answers);
    }

    /// <summary>
    /// The answers of <paramref name="pages"/>, a group for each run of pages in the same section; pages
    /// without questions (information and summary pages) neither add a group nor break one.
    /// </summary>
    private static List<CheckAnswersGroup> Groups(IEnumerable<Page> pages, FormAnswers answers)
    {
        var groups = new List<CheckAnswersGroup>();
        List<AnswerOnPath>? rows = null;
        Section? section = null;
        foreach (var page in pages.Where(p => p.Questions.Count > 0))
        {
            if (rows is null || page.Section != section)
            {
                section = page.Section;
                rows = [];
                groups.Add(new CheckAnswersGroup(section, rows));
            }

            rows.AddRange(RowsOf(page, answers));
        }

        return groups;
    }
}
