using System.Net;
using System.Text.RegularExpressions;

namespace GovDesignService.Tests;

/// <summary>The whole journey over HTTP, as a browser with JavaScript off makes it.</summary>
public sealed partial class JourneyTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task StartPage_Get_LinksItsStylesheet()
    {
        using var client = service.NewClient();

        var page = await client.GetStringAsync("", TestContext.Current.CancellationToken);
        var stylesheet = Stylesheet().Match(page).Groups[1].Value;
        using var css = await client.GetAsync(stylesheet.TrimStart('/'), TestContext.Current.CancellationToken);

        Assert.Contains("Apply for a permit", page);
        Assert.EndsWith(".css", stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task Journey_AnswersEveryQuestion_EndsWithAReference()
    {
        using var client = service.NewClient();

        var name = await PostAsync(client, "full-name", new() { ["full-name"] = "Ada Lovelace" });
        var date = await PostAsync(client, "date-of-birth", new() { ["date-of-birth-day"] = "10", ["date-of-birth-month"] = "12", ["date-of-birth-year"] = "1985" });
        var check = await client.GetStringAsync("check-answers", TestContext.Current.CancellationToken);
        var sent = await PostAsync(client, "check-answers", []);
        var confirmation = await client.GetStringAsync("confirmation", TestContext.Current.CancellationToken);

        Assert.Equal("/date-of-birth", name.Headers.Location?.OriginalString);
        Assert.Equal("/check-answers", date.Headers.Location?.OriginalString);
        Assert.Contains("Ada Lovelace", check);
        Assert.Equal("/confirmation", sent.Headers.Location?.OriginalString);
        Assert.Matches("AP-[0-9A-F]{8}", confirmation);
    }

    [Fact]
    public async Task Question_PostedEmpty_ShowsTheErrorAgain()
    {
        using var client = service.NewClient();

        using var response = await PostAsync(client, "full-name", new() { ["full-name"] = "" });
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", page);
        Assert.Contains("href=\"#full-name\"", page);
    }

    [Fact]
    public async Task Question_PostedWithoutToken_IsRefusedWith400()
    {
        using var client = service.NewClient();

        using var response = await client.PostAsync("full-name", new FormUrlEncodedContent(new Dictionary<string, string> { ["full-name"] = "Ada" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Gets the page first, for its antiforgery token, then posts the fields with it.
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var token = Token().Match(page);
        fields[token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
