using System.Text.Json;

namespace GovDesign.Site.Tests.Guidance;

public sealed class SearchTests(TestSite site)
{
    [Fact]
    public async Task SearchIndex_HasTitlesHeadingsAndText()
    {
        var json = await site.Http.GetStringAsync("/search-index.json", TestContext.Current.CancellationToken);

        var pages = JsonDocument.Parse(json).RootElement.GetProperty("pages").EnumerateArray().ToList();
        var page = Assert.Single(pages, p => p.GetProperty("url").GetString() == "/contribute/test-page");
        Assert.Equal("Test page for the site tests", page.GetProperty("title").GetString());
        Assert.Contains(page.GetProperty("headings").EnumerateArray(), h => h.GetProperty("url").GetString() == "/contribute/test-page#first-section");
        Assert.Contains("An inset note.", page.GetProperty("text").GetString());
    }

    [Fact]
    public async Task SearchPage_WithoutJavaScript_ListsMatchingPagesAndCountsThem()
    {
        var (status, page) = await Html.GetAsync(site.Http, "/search?q=inset+note");

        Assert.Equal(200, status);
        Assert.Equal("q", page.QuerySelector("form.govdesign-search label")!.GetAttribute("for"));
        Assert.Equal("inset note", page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("#search-results a"), a => a.GetAttribute("href")!.StartsWith("/contribute/test-page", StringComparison.Ordinal));
        Assert.Matches("^\\d+ pages? found\\.$", page.GetElementById("search-count")!.TextContent);
    }

    [Fact]
    public async Task Search_Date_ListsDateInputAndTheDateAnswerFirst()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/search?q=date");

        var first = page.QuerySelectorAll("#search-results > li > a").Take(2).Select(a => a.GetAttribute("href")!.Split('#')[0]).Order(StringComparer.Ordinal);
        Assert.Equal(["/answers/date", "/components/date-input"], first);
    }

    [Fact]
    public async Task Search_MatchesWhereWordsStart_NotInsideThem()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/search?q=date");

        Assert.DoesNotContain(page.QuerySelectorAll("#search-results > li > a"), a => a.TextContent.StartsWith("Character count", StringComparison.Ordinal));
        Assert.True(GovDesign.Site.Guidance.SearchIndex.StartsAWord("The dates people know", "date"));
        Assert.False(GovDesign.Site.Guidance.SearchIndex.StartsAWord("We update it", "date"));
    }

    [Fact]
    public async Task Search_Datepicker_FindsDateInputByItsKeywords()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/search?q=datepicker");

        Assert.Contains(page.QuerySelectorAll("#search-results > li > a"), a => a.GetAttribute("href")!.StartsWith("/components/date-input", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryPage_HasASearchBoxInTheHeader()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/components/button");

        var form = page.QuerySelector("header form[role=search][action='/search']")!;
        Assert.Equal("q", form.QuerySelector("input#govdesign-header-search")!.GetAttribute("name"));
        Assert.Equal("Search GovDesign", form.QuerySelector("label[for=govdesign-header-search]")!.TextContent);
    }

    [Theory]
    [InlineData("zzqqxx-nothing")]
    [InlineData("<script>alert(1)</script>")]
    public async Task SearchPage_NoMatch_SaysSoSafely(string query)
    {
        var (status, page) = await Html.GetAsync(site.Http, "/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(200, status);
        Assert.Empty(page.QuerySelectorAll("#search-results li"));
        Assert.StartsWith("No pages match", page.GetElementById("search-count")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }
}
