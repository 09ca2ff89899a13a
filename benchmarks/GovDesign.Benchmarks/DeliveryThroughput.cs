using System.Diagnostics;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovDesign.Benchmarks;

/// <summary>
/// Delivery throughput: writes N submissions with one webhook each to a SQLite outbox, starts the
/// runner's deliverer (as AddFormRunner registers it) and times it sending all of them, signed, to a
/// receiver on a loopback port in the same process. Goal: 500 webhooks/s on the 2-core machine.
/// </summary>
internal static class DeliveryThroughput
{
    public static async Task RunAsync(int count)
    {
        var folder = Directory.CreateTempSubdirectory("govdesign-delivery-bench-");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var receiver = builder.Build();
        var received = 0;
        receiver.MapPost("/hooks", () => { Interlocked.Increment(ref received); return Results.Ok(); });
        await receiver.StartAsync();
        var url = new Uri(receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks");

        var store = new SqliteFormStore(Path.Combine(folder.FullName, "forms.db"));
        for (var i = 0; i < count; i++)
        {
            await store.SubmitAsync("bench", $"s{i}", new JsonObject { ["answers"] = new JsonObject { ["name"] = "Ada Lovelace" } }, ReferenceFormat.Default,
                s => [new OutboxMessage(OutboxMessage.NewId(), "webhook", DeliveryDestination.Webhook(url, "bench"), $$"""{"type":"form.submitted","version":1,"reference":"{{s.Reference}}","answers":[]}""")]);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Delivery:AllowLoopback"] = "true",
            ["Delivery:Secrets:bench"] = "whsec_YmVuY2htYXJrLXNlY3JldC1ieXRlcw==",
            ["Delivery:PollInterval"] = "00:00:00.010",
            ["Delivery:Concurrency"] = "32",
        }).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IFormStore>(store);
        services.AddFormDelivery();
        await using var provider = services.BuildServiceProvider();
        var deliverer = provider.GetServices<IHostedService>().Single(h => h.GetType().Name == "Deliverer");

        var clock = Stopwatch.StartNew();
        await deliverer.StartAsync(CancellationToken.None);
        while ((await store.GetStatsAsync()).Pending > 0 && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(10);
        }

        clock.Stop();
        await deliverer.StopAsync(CancellationToken.None);
        var stats = await store.GetStatsAsync();
        Console.WriteLine($"Delivered {received:N0} of {count:N0} webhooks in {clock.Elapsed.TotalSeconds:N2} s: {received / clock.Elapsed.TotalSeconds:N0} webhooks/s (goal: 500); {stats.Pending} pending, {stats.Failed} failed.");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
