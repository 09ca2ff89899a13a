namespace GovDesign.Components;

/// <summary>
/// Builds the attributes that configure govuk-frontend's JavaScript on a component's root element,
/// above all the <c>data-i18n.*</c> texts the script shows. A message given as an option is always
/// written; otherwise the localised default is written when the language is not English, since the
/// script already knows the English.
/// </summary>
internal sealed class I18nAttributes(IStringLocalizer<ComponentText> text)
{
    private readonly Dictionary<string, object> _attributes = new(StringComparer.Ordinal);

    /// <summary>Adds a plain attribute, such as <c>data-module</c>; a null value is left out.</summary>
    public I18nAttributes Set(string name, string? value)
    {
        if (value is not null)
        {
            _attributes[name] = value;
        }

        return this;
    }

    /// <summary>Adds <c>data-i18n.{key}</c>: the message, or the text of <paramref name="defaultKey"/>.</summary>
    public I18nAttributes Add(string key, string? message, string defaultKey) =>
        Set($"data-i18n.{key}", !string.IsNullOrEmpty(message) ? message : ComponentText.IsEnglish ? null : text[defaultKey].Value);

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
                Set($"data-i18n.{key}.{rule}", message);
            }
        }
        else if (!ComponentText.IsEnglish)
        {
            Set($"data-i18n.{key}.one", text[defaultKey + ".One"].Value);
            Set($"data-i18n.{key}.other", text[defaultKey + ".Other"].Value);
        }

        return this;
    }

    /// <summary>
    /// The attributes, followed by <paramref name="attributes"/> from the options. On a clash the
    /// first is kept, as a browser keeps the first of repeated attributes in the macro's HTML.
    /// </summary>
    public IReadOnlyDictionary<string, object> Then(IReadOnlyDictionary<string, object>? attributes)
    {
        foreach (var (name, value) in attributes ?? new Dictionary<string, object>())
        {
            _attributes.TryAdd(name, value);
        }

        return _attributes;
    }
}
