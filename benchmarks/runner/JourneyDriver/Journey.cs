using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovDesign.Benchmarks.Runner;

/// <summary>
/// One citizen's journey through "report a road problem": GET the first page (antiforgery cookie and token),
/// POST it (the session starts), GET the second page for a token of that session (tokens belong to one
/// session), POST every other page (street light, no updates), POST check answers and GET the confirmation.
/// </summary>
internal sealed partial class Journey(HttpClient client, Uri runner)
{
    private const string Form = "/report-a-road-problem";

    private static readonly DateTime Noticed = DateTime.Today.AddDays(-3);

    private static readonly string[][] Steps =
    [
        ["problem-type", "problem-type=street-light"],
        ["location", "nearest-address-line1=1+High+Street&nearest-address-town=Cardiff&nearest-address-postcode=CF10+1AA&location-details=Opposite+the+library"],
        ["when-noticed", FormattableString.Invariant($"when-noticed-day={Noticed.Day}&when-noticed-month={Noticed.Month}&when-noticed-year={Noticed.Year}")],
        ["photo", ""],
        ["updates", "wants-updates=no"],
    ];

    private readonly Dictionary<string, string> _cookies = [];

    /// <summary>Walks the journey; returns the reference the confirmation page showed, or null when a step went wrong.</summary>
    public async Task<string?> RunAsync()
    {
        using var first = await SendAsync(HttpMethod.Get, $"{Form}/{Steps[0][0]}", null);
        var token = Token(await first.Content.ReadAsStringAsync());
        foreach (var step in Steps)
        {
            using var posted = await SendAsync(HttpMethod.Post, $"{Form}/{step[0]}", $"__RequestVerificationToken={Uri.EscapeDataString(token)}&{step[1]}");
            if (posted.StatusCode != HttpStatusCode.SeeOther)
            {
                return null;
            }

            if (step == Steps[0])
            {
                using var second = await SendAsync(HttpMethod.Get, posted.Headers.Location!.OriginalString, null);
                token = Token(await second.Content.ReadAsStringAsync());
            }
        }

        using var sent = await SendAsync(HttpMethod.Post, $"{Form}/check-answers", $"__RequestVerificationToken={Uri.EscapeDataString(token)}");
        if (sent.StatusCode != HttpStatusCode.SeeOther || sent.Headers.Location?.OriginalString.EndsWith("/confirmation", StringComparison.Ordinal) != true)
        {
            return null;
        }

        using var confirmation = await SendAsync(HttpMethod.Get, $"{Form}/confirmation", null);
        if (confirmation.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var reference = ReferencePattern().Match(await confirmation.Content.ReadAsStringAsync());
        return reference.Success ? WebUtility.HtmlDecode(reference.Groups[1].Value) : null;
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(runner, path));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';')[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    // The panel of the confirmation page: its label, a line break, then the reference in <strong>.
    [GeneratedRegex("govuk-panel__body.*?<strong>([^<]+)</strong>", RegexOptions.Singleline)]
    private static partial Regex ReferencePattern();
}
