using System.Reflection;
using System.Text.Json;

namespace GovDesign.Fixtures;

/// <summary>The govuk-frontend package that the components build installed with npm, and its fixtures.</summary>
public static class GovukFrontendPackage
{
    /// <summary>The package folder (<c>components/node_modules/govuk-frontend</c>).</summary>
    public static string Folder { get; } = typeof(GovukFrontendPackage).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GovukFrontendPackage").Value!;

    /// <summary>The package's version, from its package.json.</summary>
    public static string Version
    {
        get
        {
            using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")));
            return package.RootElement.GetProperty("version").GetString()!;
        }
    }

    private static readonly Lazy<IReadOnlyList<Fixture>> All = new(Load);

    /// <summary>Every fixture of every component, in component then file order.</summary>
    public static IReadOnlyList<Fixture> Fixtures => All.Value;

    private static IReadOnlyList<Fixture> Load()
    {
        var components = Path.Combine(Folder, "dist", "govuk", "components");
        if (!Directory.Exists(components))
        {
            throw new DirectoryNotFoundException($"govuk-frontend is not installed at {Folder}: build components/ first (dotnet build), which runs npm.");
        }

        return Directory.GetFiles(components, "fixtures.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(ReadFile)
            .ToList();
    }

    private static IEnumerable<Fixture> ReadFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var component = document.RootElement.GetProperty("component").GetString()!;
        foreach (var fixture in document.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            yield return new Fixture(
                component,
                fixture.GetProperty("name").GetString()!,
                fixture.TryGetProperty("hidden", out var hidden) && hidden.GetBoolean(),
                fixture.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "",
                fixture.GetProperty("options").Clone(),
                fixture.GetProperty("html").GetString()!,
                fixture.TryGetProperty("pageTemplateOptions", out var page) ? page.Clone() : default);
        }
    }
}
