using System.Net;
using System.Text.Json.Nodes;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Delivery.Files;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>
/// Files in webhooks as signed, expiring links the runner serves: a citizen uploads a file, the receiver gets
/// a link instead of the content (inline limit 0), and fetches it over real HTTP.
/// </summary>
public sealed class FileLinkTests : IAsyncLifetime
{
    private const string Secret = "a-long-random-secret-for-tests";

    private WebhookReceiver _receiver = null!;
    private DeliveringRunner _runner = null!;
    private readonly HttpClient _http = new();

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync(Secret);
        _runner = await DeliveringRunner.StartAsync(
            new JsonObject { ["webhooks"] = new JsonArray(new JsonObject { ["url"] = _receiver.Address.ToString(), ["secret"] = "cases" }) },
            ["--Delivery:Secrets:cases=" + Secret, "--Delivery:MaxInlineFileBytes=0"]);

        // The runner's address is known once it listens; a service gives it in configuration (Delivery:FileLinks:BaseUrl).
        Options.FileLinks.BaseUrl = _runner.Runner.Address.ToString();
    }

    private DeliveryOptions Options => _runner.Runner.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value;

    [Fact]
    public async Task Download_LinkFromTheWebhook_GivesTheExactBytesUploaded()
    {
        var file = await SubmitAndReceiveFileAsync();

        using var response = await _http.GetAsync(new Uri((string)file["url"]!), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SampleAnswers.Pdf, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("certificate.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Null(file["content"]);
        Assert.True(DateTimeOffset.Parse((string)file["urlExpiresAt"]!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddDays(6));
    }

    [Fact]
    public async Task Download_ChangedMissingOrForeignToken_Answers403()
    {
        var file = await SubmitAndReceiveFileAsync();
        var url = (string)file["url"]!;
        var token = url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var changed = url[..^4] + (url[^4] == 'A' ? 'B' : 'A') + url[^3..];
        var otherFile = url.Replace((string)file["value"]!["fileId"]!, new string('0', 32), StringComparison.Ordinal);
        var otherForm = url.Replace("/" + DeliveringRunner.Slug + "/", "/report-a-road-problem/", StringComparison.Ordinal);

        foreach (var refused in new[] { changed, url[..url.IndexOf('?', StringComparison.Ordinal)], otherFile, otherForm, url.Replace(token, "not-a-token", StringComparison.Ordinal) })
        {
            using var response = await _http.GetAsync(new Uri(refused), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Download_ExpiredLink_Answers403()
    {
        var file = await SubmitAndReceiveFileAsync();
        var services = _runner.Runner.Services;
        var weekAgo = new TestClock { Now = DateTimeOffset.UtcNow - Options.FileLinks.Lifetime - TimeSpan.FromMinutes(1) };
        var expired = new FileLinks(services.GetRequiredService<IOptions<DeliveryOptions>>(), services, weekAgo).Create(DeliveringRunner.Slug, (string)file["value"]!["fileId"]!)!;

        using var response = await _http.GetAsync(expired.Url, TestContext.Current.CancellationToken);

        Assert.True(expired.Expires < DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_ValidLinkToAFileNotHeld_Answers404()
    {
        var links = _runner.Runner.Services.GetRequiredService<FileLinks>();
        var link = links.Create(DeliveringRunner.Slug, new string('a', 32))!;

        using var response = await _http.GetAsync(link.Url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonNode> SubmitAndReceiveFileAsync()
    {
        await _runner.SubmitJourneyAsync();
        var received = await RunnerWebhookTests.WaitForAsync(_receiver, 1);
        Assert.True(received.Verified);
        return JsonNode.Parse(received.Body)!["answers"]!.AsArray().Single(a => (string?)a!["type"] == "file")!;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _runner.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
