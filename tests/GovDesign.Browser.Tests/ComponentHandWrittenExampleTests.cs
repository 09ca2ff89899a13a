using System.Text.RegularExpressions;
using GovDesign.Site.Examples;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Browser.Tests;

/// <summary>
/// The hand-written component examples the docs site shows: each one, alone on its page, checked by
/// axe in Chromium, and every component of the library covered by at least two of them.
/// </summary>
public sealed partial class ComponentHandWrittenExampleTests(SiteServer site, Chromium chromium)
{
    private const string ExamplesNamespace = "GovDesign.Site.Examples.Components.";

    public static TheoryData<string> ComponentExamples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ExampleCatalogue.All.Where(e => e.Id.StartsWith("components/", StringComparison.Ordinal)))
        {
            data.Add(new TheoryDataRow<string>(example.Id) { TestDisplayName = example.Id });
        }

        return data;
    }

    [Fact]
    public void EveryComponentWithAFolder_HasAtLeastTwoExamples()
    {
        // Arrange
        var componentsFolder = Path.Combine(RepositoryPaths.Root, "components");
        var components = typeof(GovDesign.Components.Button).Assembly.GetExportedTypes()
            .Where(type => typeof(IComponent).IsAssignableFrom(type) && !type.IsAbstract)
            .Where(type => Directory.Exists(Path.Combine(componentsFolder, type.Name)))
            .ToList();

        // Act
        var tooFew = components
            .Select(type => (type.Name, Count: ExampleCatalogue.All.Count(e => e.Type.Namespace == ExamplesNamespace + type.Name)))
            .Where(entry => entry.Count < 2)
            .Select(entry => $"{entry.Name} has {entry.Count}")
            .ToList();

        // Assert
        Assert.True(components.Count >= 39, $"found only {components.Count} components with a folder");
        Assert.True(tooFew.Count == 0, "Components with fewer than two examples: " + string.Join(", ", tooFew));
    }

    [Fact]
    public void EveryComponentExample_IsShownOnItsComponentsGuidancePage()
    {
        // Arrange
        var guidance = Path.Combine(RepositoryPaths.Root, "guidance");
        var examples = ExampleCatalogue.All.Where(e => e.Id.StartsWith("components/", StringComparison.Ordinal)).ToList();

        // Act
        var missing = examples
            .Where(e => !File.Exists(Path.Combine(guidance, e.Group + ".md"))
                || !File.ReadAllText(Path.Combine(guidance, e.Group + ".md")).ReplaceLineEndings("\n").Contains("```example\n" + e.Id + "\n", StringComparison.Ordinal))
            .Select(e => e.Id)
            .ToList();

        // Assert
        Assert.NotEmpty(examples);
        Assert.True(missing.Count == 0, "Examples not embedded in guidance/<group>.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryExampleEmbeddedInComponentGuidance_Exists()
    {
        // Arrange
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "guidance", "components"), "*.md");

        // Act
        var unknown = pages
            .SelectMany(page => EmbeddedExample().Matches(File.ReadAllText(page).ReplaceLineEndings("\n")).Select(m => (Page: Path.GetFileName(page), Id: m.Groups[1].Value.Trim())))
            .Where(entry => ExampleCatalogue.Find(entry.Id) is null)
            .Select(entry => $"{entry.Page}: {entry.Id}")
            .ToList();

        // Assert
        Assert.NotEmpty(pages);
        Assert.True(unknown.Count == 0, "Unknown example ids: " + string.Join(", ", unknown));
    }

    [Theory]
    [MemberData(nameof(ComponentExamples))]
    public async Task Example_HasNoWcag22AaViolations(string id)
    {
        // Arrange
        var example = ExampleCatalogue.Find(id)!;
        var component = id.Split('/')[1];

        // Act and assert
        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, example.Url), component);
    }

    [GeneratedRegex("```example\\n([^\\n]+)\\n```")]
    private static partial Regex EmbeddedExample();
}
