using System.Net;
using AngleSharp.Html.Parser;

namespace GovDesign.Patterns.Tests.Hosting;

/// <summary>
/// The question page rendered with the component tag helper, as the developers' guidance shows it, from a
/// Razor page and from an MVC controller's view of the real app: its document, its post with and without
/// an answer, and a post without the antiforgery token.
/// </summary>
public sealed class MvcAndRazorPagesTests : IAsyncLifetime
{
    private RunningApp _app = null!;

    public static TheoryData<string> Addresses() => ["/razor-pages/name", "/mvc/name"];

    public async ValueTask InitializeAsync() => _app = await RunningApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Get_IsTheWholeQuestionPage_WithItsTokenAndFingerprintedStylesheet(string address)
    {
        var (html, document) = await _app.GetAsync(address);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.StartsWith("What is your full name?", document.Title);
        Assert.NotNull(document.QuerySelector("form[method=post] input[type=hidden][name=__RequestVerificationToken]"));
        Assert.Matches(@"/govdesign\.[a-z0-9]+\.css$", document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Equal("govuk-skip-link", document.Body!.Children.First(e => e.LocalName != "script").ClassName);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Post_Empty_ShowsTheErrorNextToTheFieldAndInTheSummary(string address)
    {
        using var response = await PostAsync(address, "");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: What is your full name?", document.Title);
        Assert.NotNull(document.QuerySelector(".govuk-error-summary a[href='#full-name']"));
        Assert.Contains("Enter your full name", document.QuerySelector("#full-name-error")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Post_Answered_RedirectsOn(string address)
    {
        using var response = await PostAsync(address, "Ada Lovelace");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Post_WithoutToken_Answers400(string address)
    {
        using var response = await _app.Client.PostAsync(address, new FormUrlEncodedContent(new Dictionary<string, string> { ["full-name"] = "Ada" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Posts the page's form as a browser does: its hidden fields (the token) and the answer.
    private async Task<HttpResponseMessage> PostAsync(string address, string answer)
    {
        var (_, page) = await _app.GetAsync(address);
        var fields = page.QuerySelectorAll("form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["full-name"] = answer;
        return await _app.Client.PostAsync(address, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }
}
