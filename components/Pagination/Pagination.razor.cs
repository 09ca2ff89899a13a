namespace GovDesign.Components;

/// <summary>
/// Links to the previous and next pages and, for lists such as search results, to numbered pages.
/// With previous and next only, the links are shown as blocks, for a series of content pages.
/// </summary>
public sealed partial class Pagination
{
    /// <summary>The numbered pages and ellipses. Leave it out for previous and next links only.</summary>
    [Parameter] public IReadOnlyList<PaginationItem>? Items { get; set; }

    /// <summary>The link to the previous page.</summary>
    [Parameter] public PaginationLink? Previous { get; set; }

    /// <summary>The link to the next page.</summary>
    [Parameter] public PaginationLink? Next { get; set; }

    /// <summary>The navigation's accessible name; "Pagination" in the current language by default.</summary>
    [Parameter] public string? LandmarkLabel { get; set; }

    /// <summary>Extra CSS classes for the navigation.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the navigation; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    private bool BlockLevel => Items is null && (Previous is not null || Next is not null);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        CheckLink(Previous, "previous");
        CheckLink(Next, "next");
        for (var i = 0; i < Items?.Count; i++)
        {
            if (!Items[i].IsEmpty && !Items[i].Ellipsis && string.IsNullOrEmpty(Items[i].Number))
            {
                throw new OptionsException(nameof(Pagination), $"items[{i}]", "needs a number or ellipsis");
            }
        }
    }

    private static void CheckLink(PaginationLink? link, string option)
    {
        if (link is not null && string.IsNullOrEmpty(link.Href))
        {
            throw new OptionsException(nameof(Pagination), $"{option}.href", "is required");
        }
    }
}
