using System.Text.Json;

namespace GovDesign.Components.Binding;

/// <summary>Lists and maps of options.</summary>
internal static class Collection
{
    public delegate object? ConvertValue(JsonElement value, Type type, OptionPath path);

    public static Type? ElementTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    public static Type? DictionaryValueTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;

    /// <summary>
    /// A list, dropping falsy entries as the templates do (<c>{% if item %}</c>), so options built
    /// with conditionals such as <c>[a, condition and b]</c> bind without gaps; or, with
    /// <paramref name="keepFalsyItems"/>, keeping them as nulls for components that count them.
    /// </summary>
    public static object? ToList(JsonElement value, Type elementType, OptionPath path, ConvertValue convert, bool keepFalsyItems = false)
    {
        if (!Scalar.IsTruthy(value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw path.Error($"must be a list, not {Scalar.Describe(value)}");
        }

        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var keep = elementType == typeof(string) ? item.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) : Scalar.IsTruthy(item);
            if (keep)
            {
                list.Add(convert(item, elementType, path.Index(index)));
            }
            else if (keepFalsyItems)
            {
                list.Add(null);
            }

            index++;
        }

        return list;
    }

    public static object? ToDictionary(JsonElement value, Type valueType, OptionPath path, ConvertValue convert)
    {
        if (!Scalar.IsTruthy(value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw path.Error($"must be an object, not {Scalar.Describe(value)}");
        }

        var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var entry in value.EnumerateObject())
        {
            dictionary[entry.Name] = convert(entry.Value, valueType, path.Member(entry.Name));
        }

        return dictionary;
    }
}
