namespace GovDesign.Components;

/// <summary>One error in an <see cref="ErrorSummary"/>: the message, linked to the field it is about.</summary>
public sealed record ErrorSummaryItem
{
    /// <summary>Where the message links: <c>#</c> and the id of the field, or of its first input.</summary>
    public string? Href { get; init; }

    /// <summary>The message as text, the same as the field's error message. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The message as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Extra HTML attributes for the link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
