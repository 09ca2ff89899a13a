namespace GovDesign.Components;

/// <summary>A table of data, with an optional caption, head row and header cell at the start of each row.</summary>
public sealed partial class Table
{
    /// <summary>The rows, each a list of cells. Required.</summary>
    [Parameter] public IReadOnlyList<IReadOnlyList<TableCell>>? Rows { get; set; }

    /// <summary>The cells of the head row, which label the columns.</summary>
    [Parameter] public IReadOnlyList<TableCell>? Head { get; set; }

    /// <summary>The caption, which says what the table is about.</summary>
    [Parameter] public string? Caption { get; set; }

    /// <summary>Extra CSS classes for the caption, such as <c>govuk-table__caption--m</c> to size it like a heading.</summary>
    [Parameter] public string? CaptionClasses { get; set; }

    /// <summary>Whether the first cell of each row is a header cell for the row.</summary>
    [Parameter] public bool FirstCellIsHeader { get; set; }

    /// <summary>Extra CSS classes for the table.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the table; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Rows is null)
        {
            throw new OptionsException(nameof(Table), "rows", "is required: a list of rows, each a list of cells");
        }
    }
}
