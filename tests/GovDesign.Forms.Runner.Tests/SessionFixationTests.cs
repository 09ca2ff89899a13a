using System.Net;
using System.Security.Cryptography;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// A session cookie that someone else chose or saw (planted from a sibling subdomain, left on a shared
/// kiosk) gives them nothing: the runner never adopts a cookie it does not know, issues a new one when
/// a journey starts and another when it is submitted, and its antiforgery tokens belong to one session.
/// </summary>
public sealed class SessionFixationTests(RunnerServer server)
{
    private const string Slug = "apply-for-a-market-trader-permit";
    private static readonly string CookieName = $"govdesign-session-{Slug}";

    [Fact]
    public async Task PlantedCookie_GivesTheAttackerNothingAtAnyStep()
    {
        var planted = NewToken();
        using var victim = new Citizen(server.BaseAddress);
        victim.Cookies.Add(server.BaseAddress, new Cookie(CookieName, planted));
        using var attacker = new Citizen(server.BaseAddress);
        attacker.Cookies.Add(server.BaseAddress, new Cookie(CookieName, planted));

        var first = await Journeys.StartAsync(victim, Slug);
        var second = await victim.SubmitAsync(first, [KeyValuePair.Create("applicant-name-given", "Rhiannon"), KeyValuePair.Create("applicant-name-family", "Pryce")]);
        var issued = SessionCookie(victim);
        var attackerOnSecond = await attacker.GetAsync($"/{Slug}/date-of-birth");
        var check = await Journeys.AnswerUntilCheckAnswersAsync(victim, SampleAnswers.Load(Slug), second);
        var attackerOnCheck = await attacker.GetAsync($"/{Slug}/check-answers");
        var confirmation = await victim.SubmitAsync(check, []);
        var reference = confirmation.Document.QuerySelector(".govuk-panel strong")?.TextContent.Trim();
        var attackerOnConfirmation = await attacker.GetAsync($"/{Slug}/confirmation");

        Assert.NotEqual(planted, issued);
        Assert.EndsWith("/your-name", attackerOnSecond.Path, StringComparison.Ordinal);
        Assert.EndsWith("/your-name", attackerOnCheck.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("Rhiannon", attackerOnCheck.Html, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reference));
        Assert.DoesNotContain(reference, attackerOnConfirmation.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ReplacesTheSession_SoTheCookieFromBeforeShowsNothing()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, Slug);
        var before = SessionCookie(citizen);
        using var onlooker = new Citizen(server.BaseAddress);
        onlooker.Cookies.Add(server.BaseAddress, new Cookie(CookieName, before));

        var confirmation = await citizen.SubmitAsync(check, []);
        var reference = confirmation.Document.QuerySelector(".govuk-panel strong")!.TextContent.Trim();
        var again = await citizen.GetAsync($"/{Slug}/confirmation");
        var seen = await onlooker.GetAsync($"/{Slug}/confirmation");

        Assert.NotEqual(before, SessionCookie(citizen));
        Assert.Contains(reference, again.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, seen.Html, StringComparison.Ordinal);
        Assert.EndsWith("/your-name", seen.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondClickOnSend_WithTheCookieTheFirstReplaced_ReachesTheSameConfirmation()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, Slug);
        using var secondClick = new Citizen(server.BaseAddress);
        foreach (Cookie cookie in citizen.Cookies.GetAllCookies())
        {
            secondClick.Cookies.Add(server.BaseAddress, new Cookie(cookie.Name, cookie.Value));
        }

        var first = await citizen.SubmitAsync(check, []);
        var second = await secondClick.SubmitAsync(check, []);

        var reference = first.Document.QuerySelector(".govuk-panel strong")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(reference));
        Assert.Equal(reference, second.Document.QuerySelector(".govuk-panel strong")?.TextContent.Trim());
        Assert.NotEqual(SessionCookie(citizen), SessionCookie(secondClick));
        Assert.Equal(1, SubmissionsDatabase.CountForSession(server.DatabasePath, reference));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAA+/")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAB")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA.A")]
    public async Task MalformedCookie_IsNoSession_AndTheFirstAnswerReplacesIt(string value)
    {
        using var citizen = new Citizen(server.BaseAddress);
        citizen.Cookies.Add(server.BaseAddress, new Cookie(CookieName, value));

        var start = await citizen.GetAsync($"/{Slug}/");
        var first = await Journeys.StartAsync(citizen, Slug);
        var next = await citizen.SubmitAsync(first, [KeyValuePair.Create("applicant-name-given", "Sam"), KeyValuePair.Create("applicant-name-family", "Jones")]);

        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.EndsWith("/date-of-birth", next.Path, StringComparison.Ordinal);
        Assert.NotEqual(value, SessionCookie(citizen));
    }

    [Fact]
    public async Task AntiforgeryToken_IsRefusedWithAnotherSessionsCookie()
    {
        using var victim = new Citizen(server.BaseAddress);
        await victim.SubmitAsync(await Journeys.StartAsync(victim, Slug), [KeyValuePair.Create("applicant-name-given", "Vic"), KeyValuePair.Create("applicant-name-family", "Tim")]);
        using var mallory = new Citizen(server.BaseAddress);
        var hers = await mallory.SubmitAsync(await Journeys.StartAsync(mallory, Slug), [KeyValuePair.Create("applicant-name-given", "Mal"), KeyValuePair.Create("applicant-name-family", "Lory")]);
        var token = hers.PostForm().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forged = new Citizen(server.BaseAddress);
        foreach (Cookie cookie in mallory.Cookies.GetAllCookies())
        {
            forged.Cookies.Add(server.BaseAddress, new Cookie(cookie.Name, cookie.Name == CookieName ? SessionCookie(victim) : cookie.Value));
        }

        var withVictimsSession = await forged.PostAsync($"/{Slug}/date-of-birth", DateOfBirth(token));
        var withHerOwn = await mallory.PostAsync($"/{Slug}/date-of-birth", DateOfBirth(token));

        Assert.Equal(HttpStatusCode.BadRequest, withVictimsSession.Status);
        Assert.EndsWith("/national-insurance", withHerOwn.Path, StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] DateOfBirth(string token) =>
        [KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("date-of-birth-day", "14"), KeyValuePair.Create("date-of-birth-month", "5"), KeyValuePair.Create("date-of-birth-year", "1990")];

    private string SessionCookie(Citizen citizen) => citizen.Cookies.GetCookies(server.BaseAddress)[CookieName]!.Value;

    private static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
