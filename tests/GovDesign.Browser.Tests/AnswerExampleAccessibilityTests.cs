using GovDesign.Site.Examples;

namespace GovDesign.Browser.Tests;

/// <summary>Every answer type example (empty, filled and in error), alone on its page, checked by axe in Chromium.</summary>
public sealed class AnswerExampleAccessibilityTests(SiteServer site, Chromium chromium)
{
    public static TheoryData<string> AnswerExamples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ExampleCatalogue.All.Where(e => e.Id.StartsWith("answers/", StringComparison.Ordinal)))
        {
            data.Add(new TheoryDataRow<string>(example.Id) { TestDisplayName = example.Id });
        }

        return data;
    }

    /// <summary>A password is never shown again, so its answer type has no "Filled" example.</summary>
    [Fact]
    public void EveryAnswerType_HasAnEmptyFilledAndErrorExample()
    {
        var titles = ExampleCatalogue.All.Where(e => e.Id.StartsWith("answers/", StringComparison.Ordinal))
            .GroupBy(e => e.Group)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Info.Title).ToHashSet(StringComparer.Ordinal));

        Assert.Equal(18, titles.Count);
        Assert.All(titles, entry => Assert.Superset((entry.Key == "answers/password" ? new[] { "Empty", "Error" } : ["Empty", "Error", "Filled"]).ToHashSet(StringComparer.Ordinal), entry.Value));
    }

    [Theory]
    [MemberData(nameof(AnswerExamples))]
    public async Task Example_HasNoWcag22AaViolations(string id)
    {
        var example = ExampleCatalogue.Find(id)!;

        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, example.Url));
    }

    [Theory]
    [InlineData("answers/date/error", "cy", "Rhaid i")]
    [InlineData("answers/yes-no/empty", "vi", "Không")]
    public async Task Example_InWelshOrVietnamese_ShowsTranslatedText(string id, string culture, string expected)
    {
        using var http = new HttpClient { BaseAddress = site.BaseAddress };

        var html = await http.GetStringAsync($"/examples/{id}?culture={culture}&ui-culture={culture}", TestContext.Current.CancellationToken);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_PostedHtml_IsShownEncodedAndNeverRuns()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/examples/answers/name/error").ToString());

        Assert.Equal("<b>Jones</b>", await page.InputValueAsync("#full-name-family"));
        Assert.Equal(0, await page.Locator("main b").CountAsync());
    }
}
