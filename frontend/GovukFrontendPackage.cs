using System.Text.Json;

namespace GovDesign.Frontend;

/// <summary>
/// The govuk-frontend package that the components are built from: its version and its fixtures,
/// embedded in this assembly when it was built (see GovDesign.Frontend.csproj).
/// </summary>
public static class GovukFrontendPackage
{
    private const string Prefix = "govuk-frontend/";
    private const string FixturesPrefix = Prefix + "components/";

    /// <summary>The package's version, from its package.json.</summary>
    public static string Version
    {
        get
        {
            using var stream = Read(Prefix + "package.json");
            using var package = JsonDocument.Parse(stream);
            return package.RootElement.GetProperty("version").GetString()!;
        }
    }

    private static readonly Lazy<IReadOnlyList<Fixture>> All = new(Load);

    /// <summary>Every fixture of every component, in component then file order.</summary>
    public static IReadOnlyList<Fixture> Fixtures => All.Value;

    private static IReadOnlyList<Fixture> Load() =>
        typeof(GovukFrontendPackage).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(FixturesPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(ReadFixtures)
            .ToList();

    private static Stream Read(string name) =>
        typeof(GovukFrontendPackage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {typeof(GovukFrontendPackage).Assembly.GetName().Name}: build it again.");

    private static IEnumerable<Fixture> ReadFixtures(string name)
    {
        using var stream = Read(name);
        using var document = JsonDocument.Parse(stream);
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
