namespace GovDesign.Components;

/// <summary>Attribute values as the macros write them: left out when empty (<c>{% if params.id %}</c>), booleans as words.</summary>
internal static class Attr
{
    /// <summary>The value, or null when it is empty so that Razor leaves the attribute out.</summary>
    public static string? IfSet(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>
    /// The value as the text <c>true</c> or <c>false</c>, for attributes such as <c>spellcheck</c> that
    /// take those words (Razor would write a bool as a bare attribute or leave it out); null leaves
    /// the attribute out.
    /// </summary>
    public static string? TrueOrFalse(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };
}
