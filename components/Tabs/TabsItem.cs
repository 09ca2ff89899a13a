namespace GovDesign.Components;

/// <summary>One tab: its label in the list of tabs and the panel it shows.</summary>
public sealed record TabsItem
{
    /// <summary>The id of the tab's panel, which the tab links to. Required unless the tabs have an <c>IdPrefix</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The tab's label. Required.</summary>
    public string? Label { get; init; }

    /// <summary>Extra HTML attributes for the tab's link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>The panel that the tab shows. Required.</summary>
    public TabsPanel? Panel { get; init; }
}

/// <summary>The content of a tab.</summary>
public sealed record TabsPanel
{
    /// <summary>The content as text, wrapped in a paragraph. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The content as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Extra HTML attributes for the panel.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
