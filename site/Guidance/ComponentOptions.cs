using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Site.Guidance;

/// <summary>One row of a component's options table.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="Type">Its type, written simply (<c>string?</c>, <c>IReadOnlyList&lt;TabsItem&gt;</c>).</param>
/// <param name="Description">Its XML doc summary as plain text.</param>
public sealed record ComponentOption(string Name, string Type, string Description)
{
    /// <summary>The option's name in JSON, for types read from JSON (answer types); null for components.</summary>
    public string? JsonName { get; init; }
}

/// <summary>
/// The options table of a component or pattern: its <c>[Parameter]</c> properties, inherited ones
/// included, with the summaries from the XML doc files next to the assemblies.
/// </summary>
public static partial class ComponentOptions
{
    private static readonly Assembly[] Libraries = [typeof(GovDesign.Components.Button).Assembly, typeof(GovDesign.Patterns.FieldError).Assembly];
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Docs = new();
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The component type with this name in GovDesign.Components or GovDesign.Patterns, or null.</summary>
    public static Type? FindType(string name) => Libraries
        .SelectMany(a => a.GetExportedTypes())
        .FirstOrDefault(t => t.Name == name && typeof(IComponent).IsAssignableFrom(t));

    /// <summary>The rows for a component, in declaration order (base classes' parameters after the type's own).</summary>
    public static IReadOnlyList<ComponentOption> For(Type component)
    {
        var rows = new List<ComponentOption>();
        for (var type = component; type is not null && type != typeof(ComponentBase); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<ParameterAttribute>() is { } parameter && rows.All(r => r.Name != property.Name))
                {
                    var description = Summary(property);
                    if (parameter.CaptureUnmatchedValues && description.Length == 0)
                    {
                        description = "Any other HTML attributes, added to the component's main element.";
                    }

                    rows.Add(new ComponentOption(property.Name, TypeName(property), description));
                }
            }
        }

        return rows;
    }

    private static string TypeName(PropertyInfo property)
    {
        var nullable = !property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable;
        return SimpleName(property.PropertyType) + (nullable ? "?" : "");
    }

    /// <summary><c>System.Nullable`1[System.Boolean]</c> is <c>bool?</c>; generic types show their arguments.</summary>
    public static string SimpleName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return SimpleName(inner) + "?";
        }

        var keyword = type == typeof(string) ? "string" : type == typeof(bool) ? "bool" : type == typeof(int) ? "int"
            : type == typeof(object) ? "object" : type == typeof(decimal) ? "decimal" : type == typeof(double) ? "double" : type == typeof(long) ? "long" : null;
        if (keyword is not null)
        {
            return keyword;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`')];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(SimpleName))}>";
    }

    /// <summary>The XML doc summary of a property, as plain text; empty when it has none.</summary>
    internal static string Summary(PropertyInfo property)
    {
        var docs = Docs.GetOrAdd(property.DeclaringType!.Assembly, Load);
        return docs.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}") ?? "";
    }

    private static IReadOnlyDictionary<string, string> Load(Assembly assembly)
    {
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(file))
        {
            file = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
        }

        if (!File.Exists(file))
        {
            return new Dictionary<string, string>();
        }

        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .GroupBy(m => m.Attribute("name")!.Value)
            .ToDictionary(g => g.Key, g => Flatten(g.First().Element("summary")!));
    }

    /// <summary>A summary as plain text: <c>&lt;see cref="T:A.B"/&gt;</c> becomes <c>B</c>.</summary>
    private static string Flatten(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" or "seealso" } see => see.Attribute("cref")?.Value is { } cref
                ? cref[(cref.LastIndexOf('.') + 1)..]
                : see.Attribute("langword")?.Value ?? see.Value,
            XElement { Name.LocalName: "paramref" or "typeparamref" } p => p.Attribute("name")?.Value ?? "",
            XElement e => e.Value,
            _ => "",
        }));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
