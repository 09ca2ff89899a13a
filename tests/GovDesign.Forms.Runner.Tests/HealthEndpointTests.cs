using System.Net;
using System.Text.Json.Nodes;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Runner.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Tests;

/// <summary><c>/health/live</c> answers while the process runs; <c>/health/ready</c> only while the database answers, the forms loaded and every other "ready" check passes.</summary>
public sealed class HealthEndpointTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_DatabaseAndFormsFine_Answers200NamingEachCheck()
    {
        await using var runner = await LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, Cancel);
        using var client = new HttpClient { BaseAddress = runner.Address };

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Cancel);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync(Cancel))!;
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["database"]!["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["forms"]!["status"]);
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_Answers503WhileLiveAnswers200()
    {
        // Nothing listens on port 1: every connection is refused.
        await using var runner = await LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, "Host=127.0.0.1;Port=1;Database=forms;Username=forms;Timeout=2", Cancel);
        using var client = new HttpClient { BaseAddress = runner.Address };

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Cancel);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync(Cancel))!;
        Assert.Equal("Unhealthy", (string?)body["checks"]!["database"]!["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["forms"]!["status"]);
        Assert.DoesNotContain("Port=1", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.ServiceUnavailable)]
    [InlineData(false, HttpStatusCode.OK)]
    public async Task Ready_ApplicationsOwnFailingCheck_CountsOnlyWhenTaggedReady(bool taggedReady, HttpStatusCode expected)
    {
        using var folder = new GovDesign.Tests.TemporaryFolder("govdesign-health-");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddFormRunner(options =>
        {
            options.Source = RunnerServer.SamplesFolder;
            options.DatabasePath = folder.File("forms.db");
        }).AddSqliteFormStore();
        builder.Services.AddHealthChecks().AddCheck("payments-api", () => HealthCheckResult.Unhealthy("The payments API does not answer."), taggedReady ? [FormRunnerHealthChecks.ReadyTag] : []);
        await using var app = builder.Build();
        app.MapFormRunnerHealthChecks();
        await app.StartAsync(Cancel);
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) };

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Cancel);

        Assert.Equal(expected, ready.StatusCode);
        Assert.Equal(taggedReady, (await ready.Content.ReadAsStringAsync(Cancel)).Contains("payments-api", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        await app.StopAsync(Cancel);
    }
}
