using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Examples;

/// <summary>What the copy button copies is what a team pastes: none of the site's own attributes or layouts (issue 17, point 3).</summary>
public sealed class CopyableRazorTests(TestSite site)
{
    [Fact]
    public void Copyable_ComponentExample_LosesOnlyTheExampleAttribute()
    {
        const string razor = "@attribute [Example(\"Start button\", Order = 2)]\n<Button Text=\"Start now\" IsStartButton=\"true\" />\n";

        Assert.Equal("<Button Text=\"Start now\" IsStartButton=\"true\" />\n", ExampleSources.Copyable(razor));
    }

    [Fact]
    public void Copyable_PatternExample_TakesTheLayoutAsAParameter()
    {
        const string razor = "@attribute [Example(\"Start page\", FullPage = true)]\r\n<StartPage Layout=\"@ExampleLayouts.Service\" Title=\"Apply\" />\r\n";

        var copied = ExampleSources.Copyable(razor);

        Assert.StartsWith("<StartPage Layout=\"@Layout\" Title=\"Apply\" />", copied, StringComparison.Ordinal);
        Assert.Contains("[Parameter] public ServiceLayout Layout { get; set; } = new();", copied, StringComparison.Ordinal);
        Assert.DoesNotContain("ExampleLayouts", copied, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/patterns/start-page")]
    [InlineData("/patterns/question-page")]
    [InlineData("/patterns/create-a-username")]
    [InlineData("/components/button")]
    public async Task RazorTab_OnTheSite_HasNoSiteAttributeOrLayout(string url)
    {
        var (status, page) = await Html.GetAsync(site.Http, url);

        var razor = page.QuerySelectorAll("pre[id$='-razor-code']").Select(p => p.TextContent).ToList();
        Assert.Equal(200, status);
        Assert.NotEmpty(razor);
        Assert.All(razor, code => Assert.DoesNotContain("[Example(", code, StringComparison.Ordinal));
        Assert.All(razor, code => Assert.DoesNotContain("ExampleLayouts", code, StringComparison.Ordinal));
    }
}
