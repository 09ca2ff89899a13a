using GovDesign.Site.Examples;

namespace GovDesign.Site.Tests.Examples;

public sealed class ExampleCatalogueTests
{
    [Theory]
    [InlineData("StartButton", "start-button")]
    [InlineData("OnAField", "on-a-field")]
    [InlineData("UKAddress", "uk-address")]
    [InlineData("Default", "default")]
    [InlineData("Step2Of3", "step2-of3")]
    public void Kebab_SplitsWordsWithoutLosingLetters(string name, string expected)
    {
        Assert.Equal(expected, ExampleCatalogue.Kebab(name));
    }

    [Fact]
    public void EveryExample_HasAUniqueIdThatFindsIt()
    {
        Assert.NotEmpty(ExampleCatalogue.All);
        Assert.All(ExampleCatalogue.All, example => Assert.Same(example, ExampleCatalogue.Find(example.Id)));
    }

    [Fact]
    public void NoExample_TeachesTheDeprecatedMaxwords()
    {
        var examples = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "site", "Examples"), "*.razor", SearchOption.AllDirectories);

        Assert.NotEmpty(examples);
        Assert.DoesNotContain(examples, file => File.ReadAllText(file).Contains("Maxwords", StringComparison.Ordinal));
    }
}
