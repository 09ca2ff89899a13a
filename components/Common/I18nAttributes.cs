namespace GovDesign.Components;

/// <summary>
/// The <c>data-i18n.*</c> attributes through which govuk-frontend's JavaScript takes the text it
/// shows. A message given as an option is always written; otherwise the localised default is
/// written when the language is not English, since the JavaScript already knows the English.
/// </summary>
internal sealed class I18nAttributes(IStringLocalizer<ComponentText> text)
{
    private readonly Dictionary<string, object> _attributes = new(StringComparer.Ordinal);

    /// <summary>Adds <c>data-i18n.{key}</c>: the message, or the text of <paramref name="defaultKey"/>.</summary>
    public I18nAttributes Add(string key, string? message, string defaultKey)
    {
        if (!string.IsNullOrEmpty(message))
        {
            _attributes[$"data-i18n.{key}"] = message;
        }
        else if (!ComponentText.IsEnglish)
        {
            _attributes[$"data-i18n.{key}"] = text[defaultKey].Value;
        }

        return this;
    }

    /// <summary>
    /// Adds <c>data-i18n.{key}.{rule}</c> for each plural rule (<c>one</c>, <c>other</c> ...) of the
    /// messages, or the <c>one</c> and <c>other</c> texts under <paramref name="defaultKey"/>.
    /// </summary>
    public I18nAttributes AddPlural(string key, IReadOnlyDictionary<string, string>? messages, string defaultKey)
    {
        if (messages is not null)
        {
            foreach (var (rule, message) in messages)
            {
                _attributes[$"data-i18n.{key}.{rule}"] = message;
            }
        }
        else if (!ComponentText.IsEnglish)
        {
            _attributes[$"data-i18n.{key}.one"] = text[defaultKey + ".One"].Value;
            _attributes[$"data-i18n.{key}.other"] = text[defaultKey + ".Other"].Value;
        }

        return this;
    }

    /// <summary>The attributes, followed by <paramref name="attributes"/>, which win on a clash as they come later in the template.</summary>
    public IReadOnlyDictionary<string, object> Then(IReadOnlyDictionary<string, object>? attributes)
    {
        foreach (var (name, value) in attributes ?? new Dictionary<string, object>())
        {
            _attributes[name] = value;
        }

        return _attributes;
    }
}
