using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using GovDesign.Fixtures;
using GovDesign.Site;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>Every visible govuk-frontend fixture, rendered on a page of its own, checked by axe in Chromium.</summary>
public sealed partial class ComponentExampleAccessibilityTests(SiteServer site, Chromium chromium)
{
    public static TheoryData<string> VisibleFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in GovukFrontendPackage.Fixtures.Where(f => !f.Hidden))
        {
            data.Add(new TheoryDataRow<string>(fixture.ToString()) { TestDisplayName = fixture.ToString() });
        }

        return data;
    }

    [Fact]
    public void VisibleFixtures_Are293()
    {
        Assert.Equal(293, VisibleFixtures().Count);
    }

    [Theory]
    [MemberData(nameof(VisibleFixtures))]
    public async Task Example_HasNoWcag22AaViolations(string name)
    {
        var fixture = GovukFrontendPackage.Fixtures.Single(f => f.ToString() == name);

        var violations = await ViolationsAsync(fixture, withoutScripts: false);

        var unexplained = ScriptFindings.Unexplained(fixture.Component, violations);
        Assert.True(unexplained.Count == 0, $"{name}:{Environment.NewLine}{Accessibility.Describe(unexplained)}");
        if (violations.Count > 0)
        {
            var withoutJavaScript = await ViolationsAsync(fixture, withoutScripts: true);
            Assert.True(withoutJavaScript.Count == 0, $"{name} with JavaScript off:{Environment.NewLine}{Accessibility.Describe(withoutJavaScript)}");
        }
    }

    /// <summary>
    /// axe's violations on the fixture's page; <paramref name="withoutScripts"/> serves the page with
    /// its scripts removed, as a browser with JavaScript off shows it (axe itself still runs).
    /// </summary>
    private async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(Fixture fixture, bool withoutScripts)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var url = new Uri(site.BaseAddress, Catalogue.Url(fixture)).ToString();
        if (withoutScripts)
        {
            await page.RouteAsync(url, async route =>
            {
                var response = await route.FetchAsync();
                var html = Scripts().Replace(await response.TextAsync(), "");
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
            });
        }

        var loaded = await page.GotoAsync(url);
        Assert.Equal(200, loaded!.Status);
        return await Accessibility.ViolationsAsync(page);
    }

    [GeneratedRegex("<script\\b[^>]*>[\\s\\S]*?</script>", RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
