namespace GovDesign.Components;

/// <summary>
/// The service's name and its main navigation, under the header. Slots take extra content, such as
/// language navigation at the end.
/// </summary>
public sealed partial class ServiceNavigation
{
    /// <summary>Extra CSS classes, such as <c>govuk-service-navigation--inverse</c>.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the container; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The accessible name of the region, when there is a service name; "Service information" in the current language by default.</summary>
    [Parameter] public string? AriaLabel { get; set; }

    /// <summary>The text of the button that shows the navigation on small screens; "Menu" in the current language by default.</summary>
    [Parameter] public string? MenuButtonText { get; set; }

    /// <summary>The accessible name of that button, when it should differ from its text.</summary>
    [Parameter] public string? MenuButtonLabel { get; set; }

    /// <summary>The accessible name of the navigation; the menu button's text by default.</summary>
    [Parameter] public string? NavigationLabel { get; set; }

    /// <summary>The id of the navigation list. Defaults to <c>navigation</c>.</summary>
    [Parameter] public string? NavigationId { get; set; }

    /// <summary>Extra CSS classes for the navigation.</summary>
    [Parameter] public string? NavigationClasses { get; set; }

    /// <summary>Whether to fold the navigation behind a menu button on small screens. By default, when there is more than one item.</summary>
    [Parameter] public bool? CollapseNavigationOnMobile { get; set; }

    /// <summary>The service's name.</summary>
    [Parameter] public string? ServiceName { get; set; }

    /// <summary>Where the service's name links to, usually its start page.</summary>
    [Parameter] public string? ServiceUrl { get; set; }

    /// <summary>The navigation's items.</summary>
    [Parameter] public IReadOnlyList<ServiceNavigationItem>? Navigation { get; set; }

    /// <summary>Trusted HTML placed at the start and end of the component and of the navigation list.</summary>
    [Parameter] public ServiceNavigationSlots? Slots { get; set; }

    private IReadOnlyList<ServiceNavigationItem> Items => Navigation ?? [];

    private string MenuText => string.IsNullOrEmpty(MenuButtonText) ? T["ServiceNavigation.Menu"].Value : MenuButtonText;

    private string NavigationIdOrDefault => string.IsNullOrEmpty(NavigationId) ? "navigation" : NavigationId;

    /// <summary>With a service name or start or end content, the component is a labelled region; otherwise the navigation alone is the landmark.</summary>
    private bool IsRegion => !string.IsNullOrEmpty(ServiceName) || !string.IsNullOrEmpty(Slots?.Start) || !string.IsNullOrEmpty(Slots?.End?.Html);

    private string ClassNames => Content.Classes("govuk-service-navigation", Classes);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (!Content.Has(Items[i].Html, Items[i].Text))
            {
                throw new OptionsException(nameof(ServiceNavigation), $"navigation[{i}]", "needs text or html");
            }
        }
    }
}
