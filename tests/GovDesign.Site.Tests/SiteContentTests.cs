using Microsoft.Extensions.Configuration;

namespace GovDesign.Site.Tests;

public sealed class SiteContentTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "site-root");

    private static SiteContent From(params (string Key, string Value)[] settings) => SiteContent.From(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(),
        ContentRoot);

    [Fact]
    public void From_NothingConfigured_UsesTheFoldersInTheContentRoot()
    {
        var content = From();

        Assert.Equal(Path.Combine(ContentRoot, "guidance"), content.Guidance);
        Assert.Equal(Path.Combine(ContentRoot, "form-samples"), content.FormSamples);
    }

    [Fact]
    public void From_RelativeSettings_ResolveAgainstTheContentRoot()
    {
        var content = From(("Guidance:Root", "../docs"), ("Forms:Samples", "forms"));

        Assert.Equal(Path.GetFullPath(Path.Combine(ContentRoot, "..", "docs")), content.Guidance);
        Assert.Equal(Path.Combine(ContentRoot, "forms"), content.FormSamples);
    }

    [Fact]
    public void From_AbsoluteSetting_IsKept()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere", "guidance");

        Assert.Equal(elsewhere, From(("Guidance:Root", elsewhere)).Guidance);
    }

    [Fact]
    public void SiteFolderSettings_ForDotnetRun_PointAtTheRepositorysFolders()
    {
        // `dotnet run --project site` runs in site/, the content root; its appsettings.json is for that alone.
        var site = Path.Combine(RepositoryPaths.Root, "site");
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(site, "appsettings.json")).Build();

        var content = SiteContent.From(configuration, site);

        Assert.Equal(RepositoryPaths.Guidance, content.Guidance);
        Assert.Equal(RepositoryPaths.FormSamples, content.FormSamples);
    }
}
