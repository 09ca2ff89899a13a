namespace GovDesign.Components;

/// <summary>One language in the language navigation.</summary>
public sealed record LanguageNavigationItem
{
    /// <summary>The language's name, written in that language, such as "Cymraeg".</summary>
    public string? Text { get; init; }

    /// <summary>The language's name as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The language's code, such as <c>cy</c>, so that the name is read out correctly.</summary>
    public string? Lang { get; init; }

    /// <summary>The language of the linked page, when it differs from <see cref="Lang"/>.</summary>
    public string? HrefLang { get; init; }

    /// <summary>The text direction of the name: <c>ltr</c> or <c>rtl</c>.</summary>
    public string? Dir { get; init; }

    /// <summary>The page in this language. Without it, the item is the current language.</summary>
    public string? Href { get; init; }

    /// <summary>Whether this is the language of the current page.</summary>
    public bool Current { get; init; }

    /// <summary>Words read out after the name, hidden on screen, such as "Change the language to Welsh".</summary>
    public string? LanguageDescriptionText { get; init; }

    /// <summary>Extra CSS classes for the link or text.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the link or text.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
