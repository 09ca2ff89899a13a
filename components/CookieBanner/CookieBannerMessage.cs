namespace GovDesign.Components;

/// <summary>One message of a cookie banner, such as the question or a confirmation.</summary>
public sealed record CookieBannerMessage
{
    /// <summary>The heading as text. Ignored when <see cref="HeadingHtml"/> is set.</summary>
    public string? HeadingText { get; init; }

    /// <summary>The heading as trusted HTML.</summary>
    public string? HeadingHtml { get; init; }

    /// <summary>The message as text, in a paragraph. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The message as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The buttons and links under the message.</summary>
    public IReadOnlyList<CookieBannerAction>? Actions { get; init; }

    /// <summary>Whether the message is hidden, for a confirmation that JavaScript shows later.</summary>
    public bool Hidden { get; init; }

    /// <summary>The message's ARIA role; <c>alert</c> for confirmations, so that they are read out.</summary>
    public string? Role { get; init; }

    /// <summary>Extra CSS classes for the message.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the message.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
