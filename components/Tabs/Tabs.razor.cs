namespace GovDesign.Components;

/// <summary>
/// Tabs that switch between related sections of content on one page; without JavaScript, a list
/// of links to the sections, shown one after another.
/// </summary>
public sealed partial class Tabs
{
    /// <summary>The id of the tabs.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Makes the panel ids <c>{IdPrefix}-1</c>, <c>{IdPrefix}-2</c> ... for items without their own id.</summary>
    [Parameter] public string? IdPrefix { get; set; }

    /// <summary>The title of the list of tabs, shown without JavaScript; "Contents" in the current language by default.</summary>
    [Parameter] public string? Title { get; set; }

    /// <summary>The tabs. A null entry keeps its place in the numbering of panel ids without rendering.</summary>
    [Parameter] public IReadOnlyList<TabsItem?>? Items { get; set; }

    /// <summary>Extra CSS classes for the tabs.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the tabs; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    private string PanelId(TabsItem item, int index) => string.IsNullOrEmpty(item.Id) ? $"{IdPrefix}-{index + 1}" : item.Id;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        var items = Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            if (string.IsNullOrEmpty(item.Id) && string.IsNullOrEmpty(IdPrefix))
            {
                throw new OptionsException(nameof(Tabs), $"items[{i}].id", "is required when there is no 'idPrefix'");
            }

            if (string.IsNullOrEmpty(item.Label))
            {
                throw new OptionsException(nameof(Tabs), $"items[{i}].label", "is required");
            }

            if (item.Panel is null || !Content.Has(item.Panel.Html, item.Panel.Text))
            {
                throw new OptionsException(nameof(Tabs), $"items[{i}].panel.text", "is required, or give 'html'");
            }
        }
    }
}
