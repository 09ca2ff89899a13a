namespace GovDesign.Components;

/// <summary>The trail of links to the pages above the current one in the site's structure.</summary>
public sealed partial class Breadcrumbs
{
    /// <summary>The links, from the top of the site down. An item without <see cref="BreadcrumbsItem.Href"/> is the current page.</summary>
    [Parameter] public IReadOnlyList<BreadcrumbsItem>? Items { get; set; }

    /// <summary>Extra CSS classes, such as <c>govuk-breadcrumbs--inverse</c> on dark backgrounds.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Whether to show only the first and last links on small screens.</summary>
    [Parameter] public bool CollapseOnMobile { get; set; }

    /// <summary>The navigation's accessible name; "Breadcrumb" in the current language by default.</summary>
    [Parameter] public string? LabelText { get; set; }

    /// <summary>Extra HTML attributes for the navigation; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Items is null)
        {
            throw new OptionsException(nameof(Breadcrumbs), "items", "is required");
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (!Content.Has(Items[i].Html, Items[i].Text))
            {
                throw new OptionsException(nameof(Breadcrumbs), $"items[{i}]", "needs text or html");
            }
        }
    }
}
