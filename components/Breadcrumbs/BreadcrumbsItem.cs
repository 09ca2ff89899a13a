namespace GovDesign.Components;

/// <summary>One link in the breadcrumbs.</summary>
public sealed record BreadcrumbsItem
{
    /// <summary>The link text.</summary>
    public string? Text { get; init; }

    /// <summary>The link content as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Where the link goes. Without it the item is plain text marked as the current page.</summary>
    public string? Href { get; init; }

    /// <summary>Extra HTML attributes for the link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
