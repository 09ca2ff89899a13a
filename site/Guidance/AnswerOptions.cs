using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDesign.Patterns.Answers;

namespace GovDesign.Site.Guidance;

/// <summary>
/// The options table of an answer type (<c>DateAnswer</c>, <c>TextAnswer</c> ...): answer types are
/// records, not components, so their options are their public <c>init</c> properties, each with its
/// XML doc summary and the name it has in JSON.
/// </summary>
public static class AnswerOptions
{
    /// <summary>The answer type with this name in GovDesign.Patterns.Answers, or null.</summary>
    public static Type? FindType(string name) => typeof(AnswerType).Assembly.GetExportedTypes()
        .FirstOrDefault(t => t.Name == name && !t.IsAbstract && typeof(AnswerType).IsAssignableFrom(t));

    /// <summary>The rows for an answer type, in declaration order; properties JSON ignores are left out.</summary>
    public static IReadOnlyList<ComponentOption> For(Type answerType) => [.. answerType
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true } setter
            && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit))
            && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
        .OrderBy(p => p.MetadataToken)
        .Select(p => new ComponentOption(p.Name, TypeName(p), ComponentOptions.Summary(p)) { JsonName = JsonName(p) })];

    /// <summary>The property's name in JSON: its <c>[JsonPropertyName]</c>, or its name in camelCase.</summary>
    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>An enum reads as its JSON values (<c>"full" | "monthYear"</c>); other types as in C#.</summary>
    private static string TypeName(PropertyInfo property)
    {
        var type = property.PropertyType;
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (!inner.IsEnum)
        {
            var nullable = !type.IsValueType && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
            return ComponentOptions.SimpleName(type) + (nullable ? "?" : "");
        }

        var values = inner.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
            $"\"{f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(f.Name)}\"");
        return string.Join(" | ", values) + (inner == type ? "" : " | null");
    }
}
