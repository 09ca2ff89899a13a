namespace GovDesign.Components;

/// <summary>The footer's meta area: hidden heading, inline links and custom content.</summary>
public sealed record FooterMeta
{
    /// <summary>The heading read out before the links, hidden on screen; "Support links" in the current language by default.</summary>
    public string? VisuallyHiddenTitle { get; init; }

    /// <summary>Custom content, such as who built the service, as text.</summary>
    public string? Text { get; init; }

    /// <summary>Custom content as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Links such as help, cookies, contact, accessibility statement and privacy.</summary>
    public IReadOnlyList<FooterLink>? Items { get; init; }
}

/// <summary>A section of links in the footer's navigation.</summary>
public sealed record FooterNavigation
{
    /// <summary>The section's heading.</summary>
    public string? Title { get; init; }

    /// <summary>How many columns to show the links in.</summary>
    public int? Columns { get; init; }

    /// <summary>The section's width, as a grid column: <c>full</c> (the default), <c>one-half</c>, <c>two-thirds</c>, <c>one-third</c> ...</summary>
    public string? Width { get; init; }

    /// <summary>The section's links.</summary>
    public IReadOnlyList<FooterLink>? Items { get; init; }
}

/// <summary>A link in the footer.</summary>
public sealed record FooterLink
{
    /// <summary>The link text.</summary>
    public string? Text { get; init; }

    /// <summary>Where the link goes.</summary>
    public string? Href { get; init; }

    /// <summary>Extra HTML attributes for the link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
