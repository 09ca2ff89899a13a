namespace GovDesign.Components;

/// <summary>Sections of content that people can show and hide one by one or all at once.</summary>
public sealed partial class Accordion
{
    private int _headingLevel;
    private IReadOnlyDictionary<string, object> _attributes = new Dictionary<string, object>();

    /// <summary>The accordion's id, from which the ids of its sections are made; unique across the service when <see cref="RememberExpanded"/> is on. Required.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>The level of the section headings, from 1 to 6; 2 by default.</summary>
    [Parameter] public int? HeadingLevel { get; set; }

    /// <summary>Extra CSS classes for the accordion.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the accordion; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>Whether the JavaScript remembers which sections were open when someone comes back to the page. Unset leaves its default (on).</summary>
    [Parameter] public bool? RememberExpanded { get; set; }

    /// <summary>The text of the button that closes every section; "Hide all sections" in the current language by default.</summary>
    [Parameter] public string? HideAllSectionsText { get; set; }

    /// <summary>The text of each open section's button; "Hide" in the current language by default.</summary>
    [Parameter] public string? HideSectionText { get; set; }

    /// <summary>The end of an open section's accessible name; "Hide this section" in the current language by default.</summary>
    [Parameter] public string? HideSectionAriaLabelText { get; set; }

    /// <summary>The text of the button that opens every section; "Show all sections" in the current language by default.</summary>
    [Parameter] public string? ShowAllSectionsText { get; set; }

    /// <summary>The text of each closed section's button; "Show" in the current language by default.</summary>
    [Parameter] public string? ShowSectionText { get; set; }

    /// <summary>The end of a closed section's accessible name; "Show this section" in the current language by default.</summary>
    [Parameter] public string? ShowSectionAriaLabelText { get; set; }

    /// <summary>The sections. A null entry keeps its place in the numbering of section ids without rendering.</summary>
    [Parameter] public IReadOnlyList<AccordionItem?>? Items { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(Id))
        {
            throw new OptionsException(nameof(Accordion), "id", "is required: the ids of the sections are made from it");
        }

        if (Items is null)
        {
            throw new OptionsException(nameof(Accordion), "items", "is required");
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i] is not { } item)
            {
                continue;
            }

            if (item.Heading is null || !Content.Has(item.Heading.Html, item.Heading.Text))
            {
                throw new OptionsException(nameof(Accordion), $"items[{i}].heading.text", "is required, or give 'html'");
            }

            if (item.Content is null || !Content.Has(item.Content.Html, item.Content.Text))
            {
                throw new OptionsException(nameof(Accordion), $"items[{i}].content.text", "is required, or give 'html'");
            }
        }

        _headingLevel = Heading.Level(HeadingLevel, 2, nameof(Accordion), "headingLevel");
        _attributes = JavaScriptAttributes();
    }

    /// <summary>The <c>data-i18n.*</c> and <c>data-remember-expanded</c> attributes, then <see cref="Attributes"/>.</summary>
    private IReadOnlyDictionary<string, object> JavaScriptAttributes() => new I18nAttributes(T)
        .Add("hide-all-sections", HideAllSectionsText, "Accordion.HideAllSections")
        .Add("hide-section", HideSectionText, "Accordion.HideSection")
        .Add("hide-section-aria-label", HideSectionAriaLabelText, "Accordion.HideSectionAriaLabel")
        .Add("show-all-sections", ShowAllSectionsText, "Accordion.ShowAllSections")
        .Add("show-section", ShowSectionText, "Accordion.ShowSection")
        .Add("show-section-aria-label", ShowSectionAriaLabelText, "Accordion.ShowSectionAriaLabel")
        .Set("data-remember-expanded", RememberExpanded switch { true => "true", false => "false", null => null })
        .Then(Attributes);
}
