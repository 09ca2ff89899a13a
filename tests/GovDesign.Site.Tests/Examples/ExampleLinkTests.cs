using GovDesign.Site.Examples;

namespace GovDesign.Site.Tests.Examples;

/// <summary>Every link in every hand-written example goes to a page the running site has, or is a fragment or external link.</summary>
public sealed class ExampleLinkTests(TestSite site)
{
    [Fact]
    public async Task EveryExampleLink_AnswersOkOnTheSite()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var example in ExampleCatalogue.All)
        {
            var (status, page) = await Html.GetAsync(site.Http, example.Url);
            Assert.Equal(200, status);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal) || href.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                var target = new Uri(new Uri(site.Http.BaseAddress!, example.Url), href).PathAndQuery;
                targets.TryAdd(target, example.Url);
            }
        }

        var broken = new List<string>();
        foreach (var (target, from) in targets)
        {
            using var response = await site.Http.GetAsync(target, TestContext.Current.CancellationToken);
            if ((int)response.StatusCode != 200)
            {
                broken.Add($"{from}: {target} ({(int)response.StatusCode})");
            }
        }

        Assert.True(targets.Count > 20, $"only {targets.Count} links found");
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }
}
