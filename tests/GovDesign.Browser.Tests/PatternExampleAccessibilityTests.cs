using GovDesign.Site.Examples;

namespace GovDesign.Browser.Tests;

/// <summary>Every page-pattern example, alone on its page, checked by axe in Chromium with the WCAG 2.2 AA tags.</summary>
public sealed class PatternExampleAccessibilityTests(SiteServer site, Chromium chromium)
{
    public static TheoryData<string> PatternExamples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ExampleCatalogue.All.Where(e => e.Id.StartsWith("patterns/", StringComparison.Ordinal)))
        {
            data.Add(new TheoryDataRow<string>(example.Id) { TestDisplayName = example.Id });
        }

        return data;
    }

    [Fact]
    public void EveryPagePattern_HasAnExample()
    {
        var groups = ExampleCatalogue.All.Select(e => e.Group).ToHashSet();

        Assert.Superset(groups.Where(g => g.StartsWith("patterns/", StringComparison.Ordinal)).ToHashSet(), new HashSet<string>
        {
            "patterns/service-page", "patterns/question-page", "patterns/check-answers-page", "patterns/confirmation-page",
            "patterns/task-list-page", "patterns/error-pages", "patterns/cookies", "patterns/start-page", "patterns/interruption-page",
            "patterns/payment-cards", "patterns/create-accounts", "patterns/create-a-username", "patterns/check-a-service-is-suitable",
            "patterns/contact-a-department", "patterns/confirm-an-email-address", "patterns/confirm-a-phone-number",
            "patterns/equality-information", "patterns/step-by-step-navigation",
        });
    }

    [Theory]
    [MemberData(nameof(PatternExamples))]
    public async Task Example_HasNoWcag22AaViolations(string id)
    {
        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, ExampleCatalogue.Find(id)!.Url));
    }

    [Theory]
    [InlineData("/patterns/demo/question?culture=cy&ui-culture=cy")]
    [InlineData("/patterns/demo/question?culture=vi&ui-culture=vi")]
    [InlineData("/patterns/demo/cookies")]
    public async Task DemoPage_HasNoWcag22AaViolations(string path)
    {
        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, path));
    }
}
