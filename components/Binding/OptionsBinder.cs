using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Components.Binding;

/// <summary>
/// Binds govuk-frontend macro options, as JSON, to the parameters of any GovDesign component.
/// One adapter serves every component: option names map to parameters by name (camelCase to
/// PascalCase), nested options to records, and values follow the macros' JavaScript rules
/// (falsy items in lists are dropped, a falsy nested option is absent, truthiness for booleans).
/// </summary>
public static class OptionsBinder
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Members = new();
    private static readonly ConcurrentDictionary<PropertyInfo, bool> KeepsFalsyItems = new();

    /// <summary>Binds <paramref name="options"/> to the parameters of <paramref name="componentType"/>.</summary>
    /// <param name="componentType">A component type, for example <c>typeof(Button)</c>.</param>
    /// <param name="options">The macro options: a JSON object.</param>
    /// <returns>Parameter values by parameter name, ready for <c>ParameterView.FromDictionary</c>.</returns>
    /// <exception cref="OptionsException">An option is unknown or has a value of the wrong kind.</exception>
    public static Dictionary<string, object?> Bind(Type componentType, JsonElement options)
    {
        var component = componentType.Name;
        if (options.ValueKind != JsonValueKind.Object)
        {
            throw new OptionsException(component, "", "must be a JSON object of options");
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var members = MembersOf(componentType);
        foreach (var option in options.EnumerateObject())
        {
            if (!members.TryGetValue(option.Name, out var member))
            {
                throw new OptionsException(component, option.Name, "is not an option of this component");
            }

            parameters[member.Name] = Convert(option.Value, member, new(component, option.Name));
        }

        return parameters;
    }

    private static object? Convert(JsonElement value, PropertyInfo member, OptionPath path)
    {
        if (value.ValueKind == JsonValueKind.False && member.IsDefined(typeof(PrintedAsTextAttribute)))
        {
            return "false";
        }

        return Collection.ElementTypeOf(member.PropertyType) is { } elementType && KeepsFalsyItems.GetOrAdd(member, HasNullableItems)
            ? Collection.ToList(value, elementType, path, Convert, keepFalsyItems: true)
            : Convert(value, member.PropertyType, path);
    }

    /// <summary>
    /// A list declared with nullable items (<c>IReadOnlyList&lt;RadiosItem?&gt;</c>) keeps falsy entries
    /// as nulls: the templates skip them but still count them when they number ids by position.
    /// </summary>
    private static bool HasNullableItems(PropertyInfo member) =>
        new NullabilityInfoContext().Create(member).GenericTypeArguments is [{ ReadState: NullabilityState.Nullable }];

    private static object? Convert(JsonElement value, Type type, OptionPath path)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return Scalar.ToText(value);
        }

        if (target == typeof(bool))
        {
            return target != type && value.ValueKind is JsonValueKind.Null ? null : Scalar.IsTruthy(value);
        }

        if (target == typeof(int) || target == typeof(decimal) || target == typeof(double))
        {
            return Scalar.ToNumber(value, target, path);
        }

        if (target == typeof(IReadOnlyDictionary<string, object>))
        {
            return HtmlAttributeValues.From(value, path);
        }

        if (Collection.ElementTypeOf(target) is { } elementType)
        {
            return Collection.ToList(value, elementType, path, Convert);
        }

        if (Collection.DictionaryValueTypeOf(target) is { } valueType)
        {
            return Collection.ToDictionary(value, valueType, path, Convert);
        }

        return ToRecord(value, target, path);
    }

    private static object? ToRecord(JsonElement value, Type type, OptionPath path)
    {
        if (!Scalar.IsTruthy(value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && FromTextOperator(type) is { } fromText)
        {
            return fromText.Invoke(null, [value.GetString()]);
        }

        if (value.ValueKind != JsonValueKind.Object || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw path.Error($"must be an object of options, not {Scalar.Describe(value)}");
        }

        var record = Activator.CreateInstance(type)!;
        var members = MembersOf(type);
        foreach (var option in value.EnumerateObject())
        {
            var optionPath = path.Member(option.Name);
            if (!members.TryGetValue(option.Name, out var member))
            {
                throw optionPath.Error("is not a known option");
            }

            member.SetValue(record, Convert(option.Value, member, optionPath));
        }

        return record;
    }

    /// <summary>
    /// An option that may be text or an object of options (govuk-frontend's <c>string | object</c>)
    /// binds text through the record's implicit conversion from <see cref="string"/>, as C# would.
    /// </summary>
    private static MethodInfo? FromTextOperator(Type type) => type
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .FirstOrDefault(m => m.Name == "op_Implicit" && m.ReturnType == type
            && m.GetParameters() is [{ ParameterType: var parameter }] && parameter == typeof(string));

    private static IReadOnlyDictionary<string, PropertyInfo> MembersOf(Type type) => Members.GetOrAdd(type, static t =>
    {
        var isComponent = typeof(IComponent).IsAssignableFrom(t);
        return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && (!isComponent || p.IsDefined(typeof(ParameterAttribute))))
            .Where(p => !typeof(Delegate).IsAssignableFrom(p.PropertyType))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    });
}
