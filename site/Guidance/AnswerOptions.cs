using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDesign.Forms.Answers;
using GovDesign.Patterns.Answers;

namespace GovDesign.Site.Guidance;

/// <summary>
/// The tables of an answer type (<c>DateAnswer</c>, <c>TextAnswer</c> ...). Its options in code: answer
/// types are records, not components, so their options are their public <c>init</c> properties, each
/// with its XML doc summary. Its settings in a form definition: the properties of its kind's settings
/// record in the answer kind registry, with the names the form schema gives them, so the site speaks
/// the form schema's vocabulary wherever it shows JSON.
/// </summary>
public static class AnswerOptions
{
    /// <summary>The answer type with this name in GovDesign.Patterns.Answers, or null.</summary>
    public static Type? FindType(string name) => typeof(AnswerType).Assembly.GetExportedTypes()
        .FirstOrDefault(t => t.Name == name && !t.IsAbstract && typeof(AnswerType).IsAssignableFrom(t));

    /// <summary>The options in code of an answer type, in declaration order; properties JSON ignores (a clock) are left out.</summary>
    public static IReadOnlyList<ComponentOption> For(Type answerType) => [.. InitProperties(answerType)
        .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
        .Select(p => new ComponentOption(p.Name, TypeName(p), ComponentOptions.Summary(p)))];

    /// <summary>The kind of question in a form definition that asks with this answer type, or null (an answer type only for code).</summary>
    public static AnswerKind? KindOf(Type answerType) => AnswerKinds.ForAnswerType(answerType);

    /// <summary>The settings a question of <paramref name="kind"/> may have in a form definition, each with its JSON name from the form schema.</summary>
    public static IReadOnlyList<ComponentOption> Settings(AnswerKind kind) => [.. InitProperties(kind.SettingsType)
        .Select(p => new ComponentOption(p.Name, TypeName(p), ComponentOptions.Summary(p)) { JsonName = JsonName(p) })];

    private static IEnumerable<PropertyInfo> InitProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true } setter && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
        .OrderBy(p => p.MetadataToken);

    /// <summary>A setting's name in a form definition: its <c>[JsonPropertyName]</c>, or its name as the settings binder names it.</summary>
    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? SettingsJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);

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
