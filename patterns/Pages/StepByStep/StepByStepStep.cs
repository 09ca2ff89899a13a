namespace GovDesign.Patterns;

/// <summary>How a step joins the one before it.</summary>
public enum StepLogic
{
    /// <summary>A step of its own, numbered after the one before.</summary>
    Next,

    /// <summary>Done as well as the step before, in any order: it shares its number and is labelled "and".</summary>
    And,

    /// <summary>Done instead of the step before: it shares its number and is labelled "or".</summary>
    Or,
}

/// <summary>One step of a step-by-step navigation: a heading, a sentence or two, and links to what to do.</summary>
public sealed record StepByStepStep
{
    /// <summary>What to do, as a short instruction: "Check you can apply".</summary>
    public required string Title { get; init; }

    /// <summary>A sentence or two about the step, as plain text.</summary>
    public string? Summary { get; init; }

    /// <summary>The services and guidance for the step, in order.</summary>
    public IReadOnlyList<StepByStepLink> Links { get; init; } = [];

    /// <summary>How the step joins the one before; <see cref="StepLogic.Next"/> by default.</summary>
    public StepLogic Logic { get; init; }

    /// <summary>Whether the page showing the navigation belongs to this step; it is marked as the current step.</summary>
    public bool Current { get; init; }
}

/// <summary>A link within a step.</summary>
/// <param name="Text">The link text, saying where it goes: "Apply for a fishing licence".</param>
/// <param name="Href">The address.</param>
public sealed record StepByStepLink(string Text, string Href)
{
    /// <summary>A cost or other short fact shown after the link, such as "£30".</summary>
    public string? Context { get; init; }

    /// <summary>Whether the link is to the page that shows the navigation; it is marked with <c>aria-current="page"</c>.</summary>
    public bool Current { get; init; }
}
