using System.Net;
using System.Text;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Requests at the edges of HTTP get the page a person would expect: HEAD, odd charsets, NUL characters, oversized chunked bodies.</summary>
public sealed class RequestEdgeTests(RunnerServer server)
{
    private const string Slug = "apply-for-a-market-trader-permit";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData($"/{Slug}/", HttpStatusCode.OK)]
    [InlineData($"/{Slug}/your-name", HttpStatusCode.OK)]
    [InlineData($"/{Slug}/check-answers", HttpStatusCode.SeeOther)]
    [InlineData($"/{Slug}/confirmation", HttpStatusCode.SeeOther)]
    [InlineData($"/{Slug}/no-such-page", HttpStatusCode.NotFound)]
    public async Task Head_AnswersAsGetWouldWithoutABody(string path, HttpStatusCode expected)
    {
        using var citizen = new Citizen(server.BaseAddress);

        using var head = await citizen.RawAsync(new HttpRequestMessage(HttpMethod.Head, path));
        using var get = await citizen.RawAsync(new HttpRequestMessage(HttpMethod.Get, path));

        Assert.Equal(expected, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("no-such-charset")]
    public async Task Post_InACharsetThatCannotBeRead_Gets400(string charset)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var content = new StringContent("a=b", Encoding.ASCII);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"application/x-www-form-urlencoded; charset={charset}");

        var page = await citizen.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/{Slug}/your-name") { Content = content });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotNull(page.Document.QuerySelector("h1"));
    }

    [Fact]
    public async Task Post_NulInATextAnswer_GetsTheFieldsOwnMessage()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, Slug);

        var page = await citizen.SubmitAsync(first, [KeyValuePair.Create("applicant-name-given", "Sa\0m"), KeyValuePair.Create("applicant-name-family", "Jones")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var link = page.Document.QuerySelector(".govuk-error-summary a");
        Assert.Equal("#applicant-name-given", link?.GetAttribute("href"));
        Assert.Equal("Jones", page.Document.QuerySelector("input[name=applicant-name-family]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_WeeklyTakingsWithASuperscript_IsAnErrorNotAnotherNumber()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, Slug);
        var change = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/weekly-takings?returnTo=check-answers']")!.GetAttribute("href")!);

        var page = await citizen.SubmitAsync(change, [KeyValuePair.Create("weekly-takings", "5²")]);

        Assert.EndsWith("/weekly-takings", page.Path, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary a[href='#weekly-takings']"));
    }

    [Fact]
    public async Task Post_TextWithSymbols_IsKeptAsTyped()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, Slug);
        var change = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/trading-name?returnTo=check-answers']")!.GetAttribute("href")!);

        check = await citizen.SubmitAsync(change, [KeyValuePair.Create("trading-name", "Smith™ № 5 ½ price ﷺﷺﷺﷺﷺ")]);

        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Contains("Smith™ № 5 ½ price ﷺﷺﷺﷺﷺ", check.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
