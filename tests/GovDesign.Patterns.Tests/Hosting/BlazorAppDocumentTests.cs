using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GovDesign.Patterns.Tests.Hosting;

/// <summary>
/// GovDesign's pages in a Blazor Web App whose App.razor writes the document (html, head with
/// HeadOutlet and the import map, body with Routes inside HostedPages), served by the real app.
/// </summary>
public sealed partial class BlazorAppDocumentTests : IAsyncLifetime
{
    private RunningApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await RunningApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/name")]
    public async Task Get_PageInsideAppRazor_IsOneDocumentWithGovDesignsHeadAndBody(string path)
    {
        var (html, document) = await _app.GetAsync(path);

        Assert.Single(Tag("html").Matches(html));
        Assert.Single(Tag("head").Matches(html));
        Assert.Single(Tag("body").Matches(html));
        Assert.Contains("govuk-template", document.DocumentElement.ClassList);
        Assert.Contains("govuk-template__body", document.Body!.ClassList);
        Assert.Contains("Apply for a permit", document.Title);
        Assert.NotNull(document.Head!.QuerySelector("script[type=importmap]"));
        Assert.Matches(FingerprintedCss(), Assert.Single(document.Head.QuerySelectorAll("link[rel=stylesheet]")).GetAttribute("href"));
        Assert.NotNull(document.Head.QuerySelector("meta[name=theme-color]"));
        var body = document.Body.Children.Where(e => e.LocalName != "script").ToList();
        Assert.Equal("govuk-skip-link", body[0].ClassName);
        Assert.Contains("govuk-frontend-supported", document.Body.Children[0].TextContent);
        Assert.Matches(FingerprintedScript(), Assert.Single(document.Body.QuerySelectorAll("script[type=module]")).GetAttribute("src"));
        Assert.Single(document.QuerySelectorAll("main#main-content"));
    }

    [Fact]
    public async Task Get_PageInsideAppRazor_ItsStylesheetAndScriptAnswer200()
    {
        var (_, document) = await _app.GetAsync("/name");

        foreach (var address in new[] { document.Head!.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), document.QuerySelector("script[type=module]")!.GetAttribute("src") })
        {
            using var response = await _app.Client.GetAsync(address, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Post_QuestionPageWithToken_ReachesThePagesHandler()
    {
        using var response = await PostAsync(new() { ["full-name"] = "Ada Lovelace" });
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Thank you, Ada Lovelace", document.Title);
    }

    [Fact]
    public async Task Post_QuestionPageEmpty_ShowsTheErrorWithAnErrorTitleInTheHead()
    {
        using var response = await PostAsync(new() { ["full-name"] = "" });
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: What is your full name?", document.Title);
        Assert.NotNull(document.QuerySelector(".govuk-error-summary a[href='#full-name']"));
        Assert.Single(document.QuerySelectorAll("title"));
    }

    [Fact]
    public async Task Post_QuestionPageWithoutToken_Answers400()
    {
        var fields = new Dictionary<string, string> { ["_handler"] = "full-name", ["full-name"] = "Ada" };

        using var response = await _app.Client.PostAsync("/name", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Posts the question page's form as a browser does: its hidden fields (the form's name, the token) and the answer.
    private async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> answer)
    {
        var (_, page) = await _app.GetAsync("/name");
        var fields = page.QuerySelectorAll("form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in answer)
        {
            fields[name] = value;
        }

        return await _app.Client.PostAsync("/name", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    private static Regex Tag(string name) => new($"<{name}[\\s>]", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^/_content/GovDesign\.Components/dist/govdesign\.[a-z0-9]+\.css$")]
    private static partial Regex FingerprintedCss();

    [GeneratedRegex(@"^/_content/GovDesign\.Components/govdesign\.[a-z0-9]+\.mjs$")]
    private static partial Regex FingerprintedScript();
}
