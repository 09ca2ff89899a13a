using System.Reflection;
using System.Text.RegularExpressions;

namespace GovDesign.Site.Examples;

/// <summary>One hand-written example: a Razor component under <c>site/Examples/</c>.</summary>
/// <param name="Id">Its id and address below <c>/examples/</c>, e.g. <c>components/button/start-button</c>.</param>
/// <param name="Type">The Razor component.</param>
/// <param name="Info">Its title, order and whether it renders a whole page.</param>
public sealed record Example(string Id, Type Type, ExampleAttribute Info)
{
    /// <summary>The id of the component, pattern or answer type it belongs to, e.g. <c>components/button</c>.</summary>
    public string Group => Id[..Id.LastIndexOf('/')];

    /// <summary>The address of the example alone on a page.</summary>
    public string Url => $"/examples/{Id}";
}

/// <summary>Every example compiled into the site, found by its <see cref="ExampleAttribute"/>.</summary>
public static partial class ExampleCatalogue
{
    private const string RootNamespace = "GovDesign.Site.Examples";

    /// <summary>All examples, by group then order.</summary>
    public static IReadOnlyList<Example> All { get; } = typeof(ExampleCatalogue).Assembly.GetTypes()
        .Select(type => (type, info: type.GetCustomAttribute<ExampleAttribute>()))
        .Where(e => e.info is not null && e.type.Namespace?.StartsWith(RootNamespace + ".", StringComparison.Ordinal) == true)
        .Select(e => new Example(IdOf(e.type), e.type, e.info!))
        .OrderBy(e => e.Group, StringComparer.Ordinal).ThenBy(e => e.Info.Order).ThenBy(e => e.Id, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<string, Example> ById = All.ToDictionary(e => e.Id);

    /// <summary>The example with this id, or null.</summary>
    public static Example? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The examples of one group (<c>components/button</c>), in order.</summary>
    public static IReadOnlyList<Example> InGroup(string group) => [.. All.Where(e => e.Group == group)];

    /// <summary><c>GovDesign.Site.Examples.Components.Button.StartButton</c> is <c>components/button/start-button</c>.</summary>
    internal static string IdOf(Type type)
    {
        var path = type.FullName![(RootNamespace.Length + 1)..].Split('.');
        return string.Join('/', path.Select(Kebab));
    }

    internal static string Kebab(string name) => WordBoundary().Replace(name, "-").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex WordBoundary();
}
