using System.Globalization;

namespace GovDesign.Components;

/// <summary>The form group attributes that configure govuk-frontend's character count script.</summary>
public sealed partial class CharacterCount
{
    private Dictionary<string, object> FormGroupAttributes()
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal) { ["data-module"] = "govuk-character-count" };
        AddNumber(attributes, "data-maxlength", Maxlength);
        AddNumber(attributes, "data-maxwords", Maxwords);
        AddNumber(attributes, "data-threshold", Threshold);
        if (EffectiveCountType is { } countType)
        {
            attributes["data-count-type"] = countType;
        }

        // The description is only for the script when the limit is set there, not in the markup.
        if (Limit is null && (!string.IsNullOrEmpty(TextareaDescriptionText) || !ComponentText.IsEnglish))
        {
            attributes["data-i18n.textarea-description.other"] = DescriptionTemplate;
        }

        AddMessages(attributes, "characters-under-limit", CharactersUnderLimitText, "CharacterCount.CharactersUnderLimit");
        AddMessage(attributes, "characters-at-limit", CharactersAtLimitText, "CharacterCount.CharactersAtLimit");
        AddMessages(attributes, "characters-over-limit", CharactersOverLimitText, "CharacterCount.CharactersOverLimit");
        AddMessages(attributes, "words-under-limit", WordsUnderLimitText, "CharacterCount.WordsUnderLimit");
        AddMessage(attributes, "words-at-limit", WordsAtLimitText, "CharacterCount.WordsAtLimit");
        AddMessages(attributes, "words-over-limit", WordsOverLimitText, "CharacterCount.WordsOverLimit");

        foreach (var (name, value) in FormGroup?.Attributes ?? new Dictionary<string, object>())
        {
            attributes.TryAdd(name, value);
        }

        return attributes;
    }

    private static void AddNumber(Dictionary<string, object> attributes, string name, int? value)
    {
        if (value is { } number)
        {
            attributes[name] = number.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A message for the script: the one given, or the current language's when that is not English.</summary>
    private void AddMessage(Dictionary<string, object> attributes, string key, string? message, string resource)
    {
        var text = !string.IsNullOrEmpty(message) ? message : ComponentText.IsEnglish ? null : T[resource].Value;
        if (text is not null)
        {
            attributes[$"data-i18n.{key}"] = text;
        }
    }

    /// <summary>A message with plural forms for the script, given or from the current language.</summary>
    private void AddMessages(Dictionary<string, object> attributes, string key, IReadOnlyDictionary<string, string>? messages, string resource)
    {
        var forms = messages ?? (ComponentText.IsEnglish ? null : new Dictionary<string, string>
        {
            ["one"] = T[$"{resource}.One"],
            ["other"] = T[$"{resource}.Other"],
        });
        foreach (var (rule, text) in forms ?? new Dictionary<string, string>())
        {
            attributes[$"data-i18n.{key}.{rule}"] = text;
        }
    }
}
