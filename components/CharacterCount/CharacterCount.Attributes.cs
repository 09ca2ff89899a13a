using System.Globalization;

namespace GovDesign.Components;

/// <summary>The form group attributes that configure govuk-frontend's character count script.</summary>
public sealed partial class CharacterCount
{
    private IReadOnlyDictionary<string, object> FormGroupAttributes() => new I18nAttributes(T)
        .Set("data-module", "govuk-character-count")
        .Set("data-maxlength", Maxlength?.ToString(CultureInfo.InvariantCulture))
        .Set("data-maxwords", Maxwords?.ToString(CultureInfo.InvariantCulture))
        .Set("data-threshold", Threshold?.ToString(CultureInfo.InvariantCulture))
        .Set("data-count-type", EffectiveCountType)

        // The description is only for the script when the limit is set there, not in the markup.
        .Set("data-i18n.textarea-description.other", Limit is null && (!string.IsNullOrEmpty(TextareaDescriptionText) || !ComponentText.IsEnglish) ? DescriptionTemplate : null)
        .AddPlural("characters-under-limit", CharactersUnderLimitText, "CharacterCount.CharactersUnderLimit")
        .Add("characters-at-limit", CharactersAtLimitText, "CharacterCount.CharactersAtLimit")
        .AddPlural("characters-over-limit", CharactersOverLimitText, "CharacterCount.CharactersOverLimit")
        .AddPlural("words-under-limit", WordsUnderLimitText, "CharacterCount.WordsUnderLimit")
        .Add("words-at-limit", WordsAtLimitText, "CharacterCount.WordsAtLimit")
        .AddPlural("words-over-limit", WordsOverLimitText, "CharacterCount.WordsOverLimit")
        .Then(FormGroup?.Attributes);
}
