namespace GovDesign.Components;

/// <summary>Attribute values that the macros leave out when they are empty (<c>{% if params.id %}</c>).</summary>
internal static class Attr
{
    /// <summary>The value, or null when it is empty so that Razor leaves the attribute out.</summary>
    public static string? IfSet(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
