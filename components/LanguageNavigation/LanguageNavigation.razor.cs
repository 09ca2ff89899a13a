namespace GovDesign.Components;

/// <summary>Links to the same page in other languages, each language named in itself.</summary>
public sealed partial class LanguageNavigation
{
    /// <summary>The languages, the current one included.</summary>
    [Parameter] public IReadOnlyList<LanguageNavigationItem>? Items { get; set; }

    /// <summary>The navigation's accessible name; "Language" in the current language by default.</summary>
    [Parameter] public string? AriaLabel { get; set; }

    /// <summary>Extra CSS classes, such as <c>govuk-language-navigation--inverse</c> on dark backgrounds.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the navigation, such as its <c>lang</c>; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Items is null)
        {
            throw new OptionsException(nameof(LanguageNavigation), "items", "is required");
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (!Content.Has(Items[i].Html, Items[i].Text))
            {
                throw new OptionsException(nameof(LanguageNavigation), $"items[{i}]", "needs text or html: the language's name in that language");
            }

            if (string.IsNullOrEmpty(Items[i].Lang))
            {
                throw new OptionsException(nameof(LanguageNavigation), $"items[{i}].lang", "is required, so that the name is read out in its own language");
            }
        }
    }
}
