using GovDesign.Forms.Conditions;

namespace GovDesign.Forms.Definitions;

/// <summary>One page of a form.</summary>
public sealed class Page
{
    /// <summary>The page's path within the form, like <c>date-of-birth</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The page's position in the definition's list of pages.</summary>
    public required int Index { get; init; }

    /// <summary>The section it belongs to, if any.</summary>
    public Section? Section { get; init; }

    /// <summary>The heading; when null, the only question's label is the heading.</summary>
    public LocalText? Heading { get; init; }

    /// <summary>The caption above the heading: the page's own, else its section's title, else none.</summary>
    public LocalText? Caption { get; init; }

    /// <summary>Blocks of content: under the heading, or above the question each names.</summary>
    public IReadOnlyList<ContentBlock> Content { get; init; } = [];

    /// <summary>The questions, in order.</summary>
    public IReadOnlyList<Question> Questions { get; init; } = [];

    /// <summary>The page is shown only when this holds; null means always.</summary>
    public Condition? ShowIf { get; init; }

    /// <summary>Where to go next: the first rule that holds wins.</summary>
    public IReadOnlyList<NextRule> Next { get; init; } = [];

    /// <summary>Rules across answers, checked when the citizen continues from the page (see <see cref="PageRule"/>).</summary>
    public IReadOnlyList<PageRule> Rules { get; internal set; } = [];

    /// <summary>Set when the page is an add-another page.</summary>
    public RepeatSettings? Repeat { get; init; }

    /// <summary>Set when the page is a summary of some sections' answers so far (it asks no questions).</summary>
    public SummarySettings? Summary { get; init; }

    /// <summary>Every question the page can ask: each question, then those revealed under its options.</summary>
    public IEnumerable<Question> AllQuestions => Questions.SelectMany(q => q.WithRevealed());

    /// <summary>Whether the page is an exit page: the journey ends there without a submission.</summary>
    public bool IsExit { get; init; }

    /// <summary>The JSON pointer of the page in the definition.</summary>
    public required string Pointer { get; init; }

    /// <summary>The heading to show: the page heading, or the label of its only question.</summary>
    /// <param name="language">The language code.</param>
    /// <returns>The heading text.</returns>
    public string HeadingIn(string language) => (Heading ?? Questions.FirstOrDefault()?.Label)?.In(language) ?? "";
}

/// <summary>A rule for where to go after a page.</summary>
/// <param name="When">The condition; null for a rule that always holds.</param>
/// <param name="To">The path of the target page, or <see cref="NextRule.CheckAnswers"/>.</param>
public sealed record NextRule(Condition? When, string To)
{
    /// <summary>The target that skips to the end of the questions.</summary>
    public const string CheckAnswers = "check-answers";
}

/// <summary>The settings of an add-another page.</summary>
/// <param name="Min">The fewest items the citizen must add.</param>
/// <param name="Max">The most items the citizen may add.</param>
public sealed record RepeatSettings(int Min, int Max)
{
    /// <summary>What one item is called ("stall").</summary>
    public LocalText? ItemName { get; init; }

    /// <summary>What several items are called after a number ("stalls", "children"; in Welsh "o blant").</summary>
    public LocalText? ItemNamePlural { get; init; }

    /// <summary>The heading of the page listing the items added.</summary>
    public LocalText? SummaryHeading { get; init; }

    /// <summary>The question under the items added so far, like "Do you need to add another stall?"; null for one built from <see cref="ItemName"/>.</summary>
    public LocalText? AddAnotherQuestion { get; init; }

    /// <summary>The question asked before any item is added (when none is required), like "Do you have any stalls?"; null for one built from <see cref="ItemNamePlural"/>.</summary>
    public LocalText? AddFirstQuestion { get; init; }
}

/// <summary>A group of pages; in a task list form, a task.</summary>
/// <param name="Id">The id pages refer to.</param>
/// <param name="Title">The title.</param>
public sealed record Section(string Id, LocalText Title)
{
    /// <summary>In a task list form, the ids of the sections to complete before this one can start.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
}
