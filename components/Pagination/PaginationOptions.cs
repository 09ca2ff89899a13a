namespace GovDesign.Components;

/// <summary>A numbered page, or an ellipsis for pages left out, in the pagination.</summary>
public sealed record PaginationItem
{
    /// <summary>The page number, shown as the link text.</summary>
    public string? Number { get; init; }

    /// <summary>The link's accessible name; "Page" and the number in the current language by default.</summary>
    public string? VisuallyHiddenText { get; init; }

    /// <summary>Where the link goes.</summary>
    public string? Href { get; init; }

    /// <summary>Whether this is the current page.</summary>
    public bool Current { get; init; }

    /// <summary>Whether this item is an ellipsis (⋯) standing for pages left out, rather than a link.</summary>
    public bool Ellipsis { get; init; }

    /// <summary>Extra HTML attributes for the link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Whether no option is set, as in <c>{}</c>: the macro skips such items.</summary>
    internal bool IsEmpty => this == new PaginationItem();
}

/// <summary>The link to the previous or next page.</summary>
public sealed record PaginationLink
{
    /// <summary>The link text; "Previous page" or "Next page" in the current language by default.</summary>
    public string? Text { get; init; }

    /// <summary>The link text as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The title of the page linked to, shown under the link text when there are no numbered pages.</summary>
    public string? LabelText { get; init; }

    /// <summary>Where the link goes.</summary>
    public string? Href { get; init; }

    /// <summary>Extra HTML attributes for the link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
