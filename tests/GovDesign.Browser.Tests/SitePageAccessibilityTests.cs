namespace GovDesign.Browser.Tests;

/// <summary>The site's own pages, served by ASP.NET Core endpoints, checked by axe in Chromium.</summary>
public sealed class SitePageAccessibilityTests(SiteServer site, Chromium chromium)
{
    [Theory]
    [InlineData("/", null)]
    [InlineData("/components/radios", "radios")]
    [InlineData("/themes", null)]
    [InlineData("/examples/fixtures/back-link/default?culture=cy&ui-culture=cy", null)]
    public async Task Page_HasNoWcag22AaViolations(string path, string? component)
    {
        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, path), component);
    }

    [Fact]
    public async Task ExampleInWelsh_SaysBackInWelshAndDeclaresTheLanguage()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/examples/fixtures/back-link/default?culture=cy&ui-culture=cy").ToString());

        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Yn ôl", (await page.InnerTextAsync(".govuk-back-link")).Trim());
    }

    [Fact]
    public async Task UnknownComponent_IsNotFound()
    {
        using var http = new HttpClient { BaseAddress = site.BaseAddress };

        var response = await http.GetAsync("/components/no-such-component", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
