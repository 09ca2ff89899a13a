// A webhook receiver as a service team would run one, for the crash test and the runner benchmark:
// POST /hooks checks the Standard Webhooks signature itself (HMAC-SHA256 of "id.timestamp.body", the
// timestamp within five minutes), writes one line per request to the record file, and answers 200, or,
// for a share of requests, 500 at once or nothing until the runner has given up (a timeout).
// Settings (command line --Sink:Name=value or environment Sink__Name):
//   Sink:Secret       the signing secret, whsec_ and base64 (required)
//   Sink:Record       the record file: webhook-id, reference, signature valid (1/0), answer (200, 500, timeout)
//   Sink:FailShare    the share of requests that fail, half with 500 and half by timing out (default 0.2)
//   Sink:TimeoutDelay how long a timing-out request is held before a 503 (default 00:00:06)
// GET /health answers 200 once it listens.
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var settings = builder.Configuration.GetSection("Sink");
var secret = settings["Secret"] ?? throw new InvalidOperationException("Give Sink:Secret (whsec_ and base64).");
var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
var failShare = double.Parse(settings["FailShare"] ?? "0.2", System.Globalization.CultureInfo.InvariantCulture);
var timeoutDelay = TimeSpan.Parse(settings["TimeoutDelay"] ?? "00:00:06", System.Globalization.CultureInfo.InvariantCulture);
var recordFile = settings["Record"] is { Length: > 0 } path ? new StreamWriter(path, append: true) { AutoFlush = true } : null;
var app = builder.Build();

app.MapGet("/health", () => Results.Ok());
app.MapPost("/hooks", async (HttpRequest request, CancellationToken aborted) =>
{
    using var buffer = new MemoryStream();
    await request.Body.CopyToAsync(buffer, aborted);
    var body = buffer.ToArray();
    var id = request.Headers["webhook-id"].ToString();
    var verified = Verify(id, request.Headers["webhook-timestamp"].ToString(), request.Headers["webhook-signature"].ToString(), body);
    var roll = Random.Shared.NextDouble();
    var answer = roll >= failShare ? "200" : roll < failShare / 2 ? "500" : "timeout";
    Record(id, Reference(body), verified, answer);
    switch (answer)
    {
        case "500":
            return Results.StatusCode(500);
        case "timeout":
            await Task.Delay(timeoutDelay, CancellationToken.None);
            return Results.StatusCode(503);
        default:
            return verified ? Results.Ok() : Results.Unauthorized();
    }
});
await app.RunAsync();
recordFile?.Dispose();

bool Verify(string id, string timestamp, string header, byte[] body)
{
    if (!long.TryParse(timestamp, out var seconds) || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300)
    {
        return false;
    }

    var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();
    var expected = HMACSHA256.HashData(key, signed);
    return header.Split(' ').Where(part => part.StartsWith("v1,", StringComparison.Ordinal)).Any(part =>
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(part[3..]), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    });
}

static string Reference(byte[] body)
{
    try
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("reference", out var reference) ? reference.GetString() ?? "-" : "-";
    }
    catch (JsonException)
    {
        return "-";
    }
}

void Record(string id, string reference, bool verified, string answer)
{
    if (recordFile is null)
    {
        return;
    }

    lock (recordFile)
    {
        recordFile.WriteLine($"{id}\t{reference}\t{(verified ? 1 : 0)}\t{answer}");
    }
}
