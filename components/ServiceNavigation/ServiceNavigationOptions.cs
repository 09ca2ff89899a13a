namespace GovDesign.Components;

/// <summary>An item of the service navigation: a link, or text when it has no <see cref="Href"/>.</summary>
public sealed record ServiceNavigationItem
{
    /// <summary>Whether the item is the current page (<c>aria-current="page"</c>).</summary>
    public bool Current { get; init; }

    /// <summary>Whether the current page is within this item's section (<c>aria-current="true"</c>).</summary>
    public bool Active { get; init; }

    /// <summary>The item as text.</summary>
    public string? Text { get; init; }

    /// <summary>The item as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Where the item links to.</summary>
    public string? Href { get; init; }

    /// <summary>Extra HTML attributes for the link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    internal bool IsActive => Current || Active;

    internal string? AriaCurrent => Current ? "page" : Active ? "true" : null;
}

/// <summary>Trusted HTML placed in the service navigation.</summary>
public sealed record ServiceNavigationSlots
{
    /// <summary>Before the service name.</summary>
    public string? Start { get; init; }

    /// <summary>After the navigation, such as language navigation; text is taken as its HTML.</summary>
    public ServiceNavigationEndSlot? End { get; init; }

    /// <summary>At the start of the navigation list: <c>li</c> elements.</summary>
    public string? NavigationStart { get; init; }

    /// <summary>At the end of the navigation list: <c>li</c> elements.</summary>
    public string? NavigationEnd { get; init; }
}

/// <summary>The content after the navigation, and how it lines up.</summary>
public sealed record ServiceNavigationEndSlot
{
    /// <summary>The content as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary><c>inline</c> to place the content on the same line as the navigation on large screens.</summary>
    public string? Align { get; init; }

    /// <summary>Content given as HTML alone, as the macro's <c>slots.end</c> may be.</summary>
    /// <param name="html">The content as trusted HTML.</param>
    public static implicit operator ServiceNavigationEndSlot(string html) => new() { Html = html };
}
