// Complete journeys per second against a running `govdesign forms serve form-engine/samples`:
// each journey GETs the first page (antiforgery cookie and token), POSTs it (the session starts),
// GETs the second page for a token of that session (tokens belong to one session), POSTs every other
// page of "report a road problem" (street light, no updates), POSTs check answers and GETs the confirmation.
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5099";
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
var workers = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 32;
const string Form = "/report-a-road-problem";
var today = DateTime.Today.AddDays(-3);
string[][] steps =
[
    ["problem-type", "problem-type=street-light"],
    ["location", "nearest-address-line1=1+High+Street&nearest-address-town=Cardiff&nearest-address-postcode=CF10+1AA&location-details=Opposite+the+library"],
    ["when-noticed", $"when-noticed-day={today.Day}&when-noticed-month={today.Month}&when-noticed-year={today.Year}"],
    ["photo", ""],
    ["updates", "wants-updates=no"],
];

using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = workers };
using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
var journeys = 0L;
var failures = 0L;
var stop = Stopwatch.StartNew();
var until = TimeSpan.FromSeconds(seconds);
await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
{
    while (stop.Elapsed < until)
    {
        try
        {
            if (await JourneyAsync())
            {
                Interlocked.Increment(ref journeys);
            }
            else
            {
                Interlocked.Increment(ref failures);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref failures);
        }
    }
})));
var elapsed = stop.Elapsed.TotalSeconds;
Console.WriteLine($"journeys: {journeys} in {elapsed:F1} s = {journeys / elapsed:F0} journeys/s ({workers} concurrent citizens, {failures} failed)");
return failures > 0 ? 1 : 0;

async Task<bool> JourneyAsync()
{
    var cookies = new Dictionary<string, string>();
    using var first = await SendAsync(HttpMethod.Get, $"{Form}/{steps[0][0]}", null, cookies);
    var html = await first.Content.ReadAsStringAsync();
    var token = Token(html);
    foreach (var step in steps)
    {
        using var posted = await SendAsync(HttpMethod.Post, $"{Form}/{step[0]}", $"__RequestVerificationToken={Uri.EscapeDataString(token)}&{step[1]}", cookies);
        if (posted.StatusCode != HttpStatusCode.SeeOther)
        {
            return false;
        }

        if (step == steps[0])
        {
            using var second = await SendAsync(HttpMethod.Get, posted.Headers.Location!.OriginalString, null, cookies);
            token = Token(await second.Content.ReadAsStringAsync());
        }
    }

    using var sent = await SendAsync(HttpMethod.Post, $"{Form}/check-answers", $"__RequestVerificationToken={Uri.EscapeDataString(token)}", cookies);
    using var confirmation = await SendAsync(HttpMethod.Get, $"{Form}/confirmation", null, cookies);
    return sent.StatusCode == HttpStatusCode.SeeOther && sent.Headers.Location?.OriginalString.EndsWith("/confirmation", StringComparison.Ordinal) == true
        && confirmation.StatusCode == HttpStatusCode.OK;
}

static string Token(string html) => Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, Dictionary<string, string> cookies)
{
    using var request = new HttpRequestMessage(method, path);
    if (body is not null)
    {
        request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
    }

    if (cookies.Count > 0)
    {
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
    }

    var response = await client.SendAsync(request);
    if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
    {
        foreach (var setCookie in setCookies)
        {
            var pair = setCookie.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }
    }

    return response;
}
