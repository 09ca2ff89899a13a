using System.Net;
using System.Text;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Hostile and broken requests get a friendly 4xx page (or are ignored), never a 500 or a stack trace.</summary>
public sealed class RunnerSecurityTests(RunnerServer server)
{
    private const string Slug = "apply-for-a-market-trader-permit";

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Gets400AndAFriendlyPage()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await Journeys.StartAsync(citizen, Slug);

        var page = await citizen.PostAsync($"/{Slug}/your-name", [KeyValuePair.Create("applicant-name-given", "Sam"), KeyValuePair.Create("applicant-name-family", "Jones")]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotNull(page.Document.QuerySelector("h1.govuk-heading-l"));
    }

    [Fact]
    public async Task Post_WithAnotherSessionsToken_Gets400()
    {
        using var mallory = new Citizen(server.BaseAddress);
        using var victim = new Citizen(server.BaseAddress);
        var malloryPage = await Journeys.StartAsync(mallory, Slug);
        await Journeys.StartAsync(victim, Slug);
        var token = malloryPage.PostForm().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var page = await victim.PostAsync($"/{Slug}/your-name", [KeyValuePair.Create("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task ForgedSessionCookie_StartsANewJourneyAndRevealsNothing()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await Journeys.ToCheckAnswersAsync(citizen, Slug);
        using var forger = new Citizen(server.BaseAddress);
        forger.Cookies.Add(server.BaseAddress, new Cookie($"govdesign-session-{Slug}", "AAAAAAAAAAAAAAAAAAAAAA"));
        forger.Cookies.Add(server.BaseAddress, new Cookie("govdesign-session-x", "<script>"));

        var check = await forger.GetAsync($"/{Slug}/check-answers");

        Assert.Equal(HttpStatusCode.OK, check.Status);
        Assert.EndsWith("/your-name", check.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", check.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredSession_StartsANewJourney()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await Journeys.ToCheckAnswersAsync(citizen, Slug);
        var cookie = citizen.Cookies.GetCookies(server.BaseAddress)[$"govdesign-session-{Slug}"]!.Value;

        var aged = SubmissionsDatabase.AgeJourneys(server.DatabasePath, cookie);
        var check = await citizen.GetAsync($"/{Slug}/check-answers");

        Assert.Equal(1, aged);
        Assert.EndsWith("/your-name", check.Path, StringComparison.Ordinal);
        Assert.Null(check.Document.QuerySelector("input[value=Sam]"));
    }

    [Fact]
    public async Task Post_TenMegabyteBody_Gets413()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, Slug);

        var page = await citizen.SubmitAsync(first, [KeyValuePair.Create("applicant-name-given", new string('a', 10 * 1024 * 1024))]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
    }

    [Fact]
    public async Task Post_TenThousandFields_Gets400()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, Slug);

        var page = await citizen.SubmitAsync(first, Enumerable.Range(0, 10_000).Select(i => KeyValuePair.Create($"f{i}", "x")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task Post_InvalidUtf8_IsNotAServerError()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, Slug);
        var token = first.PostForm().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&applicant-name-given=").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat("&applicant-name-family=%FF%FE"u8.ToArray()).ToArray();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        var page = await citizen.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/{Slug}/your-name") { Content = content });

        Assert.True((int)page.Status < 500, $"{(int)page.Status}");
    }

    [Fact]
    public async Task Post_UnknownFields_AreIgnored()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, Slug);

        var next = await citizen.SubmitAsync(first, [KeyValuePair.Create("applicant-name-given", "Sam"), KeyValuePair.Create("applicant-name-family", "Jones"), KeyValuePair.Create("is-admin", "true"), KeyValuePair.Create("__proto__", "x")]);

        Assert.EndsWith("/date-of-birth", next.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WithHtmlAndScript_ComesBackEncoded()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, Slug);
        var change = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/trading-name?returnTo=check-answers']")!.GetAttribute("href")!);

        check = await citizen.SubmitAsync(change, [KeyValuePair.Create("trading-name", "<script>alert(1)</script><b>x</b>")]);
        var again = await citizen.GetAsync($"/{Slug}/trading-name");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", check.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", check.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", again.Html, StringComparison.Ordinal);
        Assert.Null(check.Document.QuerySelector("main b"));
    }

    [Theory]
    [InlineData("/no-such-form/")]
    [InlineData("/apply-for-a-market-trader-permit/no-such-page")]
    [InlineData("/apply-for-a-market-trader-permit/your-name/3")]
    [InlineData("/a/b/c/d/e")]
    public async Task Get_UnknownFormOrPage_Gets404Page(string path)
    {
        using var citizen = new Citizen(server.BaseAddress);

        var page = await citizen.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.NotNull(page.Document.QuerySelector("h1"));
    }

    [Fact]
    public async Task Get_LaterPageOfANewJourney_RedirectsToTheFirstPage()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var page = await citizen.GetAsync($"/{Slug}/goods");

        Assert.EndsWith("/your-name", page.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndSameSiteLax()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, Slug);
        var form = first.PostForm();
        var values = form.QuerySelectorAll("input[type=hidden]").Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value")!))
            .Concat([KeyValuePair.Create("applicant-name-given", "Sam"), KeyValuePair.Create("applicant-name-family", "Jones")]);

        using var response = await citizen.RawAsync(new HttpRequestMessage(HttpMethod.Post, first.Path) { Content = new FormUrlEncodedContent(values) });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($"govdesign-session-{Slug}=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
