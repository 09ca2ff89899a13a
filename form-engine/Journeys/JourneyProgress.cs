using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Journeys;

/// <summary>Where a citizen is in a journey.</summary>
/// <param name="Path">The pages on the citizen's path so far, in order, up to and including <paramref name="Current"/>.</param>
/// <param name="Current">The first page still to answer (or the exit page reached); null when every page on the path is answered.</param>
public sealed record JourneyProgress(IReadOnlyList<Page> Path, Page? Current)
{
    /// <summary>Whether every question on the path is answered (and, in a task list form, every task completed), so check answers can be shown.</summary>
    public bool IsComplete => Current is null && !TasksLeft;

    /// <summary>In a task list form, whether a task is not completed yet: one that cannot start, or whose own check answers is not confirmed.</summary>
    public bool TasksLeft { get; init; }

    /// <summary>The exit page the answers lead to, if any (the journey ends there, with no submission).</summary>
    public Page? ExitPage => Current is { IsExit: true } ? Current : null;
}

/// <summary>One answer on the citizen's path, as check answers lists it.</summary>
/// <param name="Page">The page that asked it (the Change link goes there).</param>
/// <param name="Question">The question.</param>
/// <param name="Value">The normalised answer; null when an optional question was left blank.</param>
/// <param name="ItemIndex">For an add-another page, the item's index; null otherwise.</param>
public sealed record AnswerOnPath(Page Page, Question Question, System.Text.Json.Nodes.JsonNode? Value, int? ItemIndex = null);

/// <summary>The rows of check answers for one section (or for pages without a section).</summary>
/// <param name="Section">The section, or null.</param>
/// <param name="Rows">The rows, in journey order.</param>
public sealed record CheckAnswersGroup(Section? Section, IReadOnlyList<AnswerOnPath> Rows);
