using System.Globalization;
using System.Text.Json;

namespace GovDesign.Components.Binding;

/// <summary>Scalar conversions that follow the macros' JavaScript semantics.</summary>
internal static class Scalar
{
    /// <summary>JavaScript truthiness: null, false, "", 0 are false; everything else is true.</summary>
    public static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.GetDouble() != 0,
        _ => true,
    };

    /// <summary>
    /// Text as a template uses it. <c>false</c> becomes empty text: falsy like <c>false</c>, yet set,
    /// so that <c>default()</c> does not replace it; <c>null</c> is unset.
    /// </summary>
    public static string? ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    public static object? ToNumber(JsonElement value, Type type, OptionPath path)
    {
        if (!IsTruthy(value) && value.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText();
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw path.Error($"must be a number, not {Describe(value)}");
        }

        if (type == typeof(int))
        {
            return decimal.ToInt32(decimal.Truncate(number));
        }

        return type == typeof(double) ? (double)number : number;
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.GetRawText(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
