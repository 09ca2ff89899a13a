namespace GovDesign.Components;

/// <summary>A cell of a table: in the head, in a row, or the header cell that starts a row.</summary>
public sealed record TableCell
{
    /// <summary>The content as text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The content as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The format of the content: <c>numeric</c> aligns numbers to the right.</summary>
    public string? Format { get; init; }

    /// <summary>Extra CSS classes for the cell.</summary>
    public string? Classes { get; init; }

    /// <summary>How many columns the cell spans.</summary>
    public int? Colspan { get; init; }

    /// <summary>How many rows the cell spans.</summary>
    public int? Rowspan { get; init; }

    /// <summary>Extra HTML attributes for the cell.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>The span as an attribute value, left out when unset or zero.</summary>
    internal static int? Span(int? span) => span is 0 ? null : span;

    /// <summary>The cell's content.</summary>
    internal RenderFragment Content => Components.Content.Of(Html, Text);
}
