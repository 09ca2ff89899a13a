using GovDesign.Frontend;
using GovDesign.Site;

namespace GovDesign.Browser.Tests;

/// <summary>Every visible govuk-frontend fixture, rendered on a page of its own, checked by axe in Chromium.</summary>
public sealed class ComponentExampleAccessibilityTests(SiteServer site, Chromium chromium)
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

        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, Catalogue.Url(fixture)), fixture.Component);
    }
}
