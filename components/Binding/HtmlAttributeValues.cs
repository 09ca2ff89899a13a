using System.Text.Json;

namespace GovDesign.Components.Binding;

/// <summary>
/// The <c>attributes</c> option: a map of HTML attribute names to values. A value is text, or
/// <c>{ "value": ..., "optional": true }</c>, where an optional <c>true</c> renders the bare
/// attribute name and an optional empty value renders nothing.
/// </summary>
internal static class HtmlAttributeValues
{
    public static IReadOnlyDictionary<string, object>? From(JsonElement value, OptionPath path)
    {
        if (!Scalar.IsTruthy(value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw path.Error($"must be an object of attribute names and values, not {Scalar.Describe(value)}");
        }

        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var attribute in value.EnumerateObject())
        {
            if (ValueOf(attribute.Value) is { } rendered)
            {
                attributes[attribute.Name] = rendered;
            }
        }

        return attributes;
    }

    private static object? ValueOf(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("value", out var inner))
        {
            var optional = value.TryGetProperty("optional", out var flag) && Scalar.IsTruthy(flag);
            return optional ? OptionalValueOf(inner) : PlainValueOf(inner);
        }

        return PlainValueOf(value);
    }

    private static object PlainValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => Scalar.ToText(value) ?? "",
    };

    private static object? OptionalValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => Scalar.ToText(value),
    };
}
