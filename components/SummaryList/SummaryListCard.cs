namespace GovDesign.Components;

/// <summary>The <c>card</c> option: a summary card with a title and actions around the summary list.</summary>
public sealed record SummaryListCard
{
    /// <summary>The card's title.</summary>
    public SummaryListCardTitle? Title { get; init; }

    /// <summary>Links that act on the whole card, such as "Delete".</summary>
    public SummaryListActions? Actions { get; init; }

    /// <summary>Extra CSS classes for the card.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the card.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}

/// <summary>The title of a summary card, also read out after each of its action links.</summary>
public sealed record SummaryListCardTitle
{
    /// <summary>The title as text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The title as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The level of the title's heading, from 1 to 6; 2 by default.</summary>
    public int? HeadingLevel { get; init; }

    /// <summary>Extra CSS classes for the title.</summary>
    public string? Classes { get; init; }
}
