using GovDesign.Forms.Runner;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovDesign.Forms.Tests.Runner;

/// <summary>The runner deletes journeys nobody can resume, on a real SQLite file, as a hosted service.</summary>
public sealed class StaleJourneyCleanupTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-cleanup-tests-");

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ServiceProvider Services(TimeSpan interval) => new ServiceCollection()
        .AddLogging()
        .AddFormRunner(options =>
        {
            options.Sources.Add(new MemoryFormSource());
            options.DatabasePath = _folder.File("forms.db");
            options.SessionLifetime = TimeSpan.FromHours(4);
            options.JourneyCleanupInterval = interval;
        })
        .AddSqliteFormStore()
        .BuildServiceProvider();

    private static async Task SeedAsync(IFormStore store)
    {
        var now = DateTimeOffset.UtcNow;
        await store.SaveJourneyAsync(new JourneyRecord("expired", "form", [], now.AddHours(-5)), Cancel);
        await store.SaveJourneyAsync(new JourneyRecord("current", "form", [], now.AddHours(-3)), Cancel);
        await store.SaveFileAsync(StoredFile.Create("form", "expired", "a.png", "image/png", [1]), Cancel);
    }

    [Fact]
    public async Task RunOnce_DeletesJourneysOlderThanTheSessionLifetime_AndKeepsOthers()
    {
        await using var services = Services(TimeSpan.FromHours(1));
        var store = services.GetRequiredService<IFormStore>();
        await SeedAsync(store);
        var cleanup = services.GetServices<IHostedService>().OfType<StaleJourneyCleanup>().Single();

        var deleted = await cleanup.RunOnceAsync(Cancel);

        Assert.Equal(1, deleted);
        Assert.Null(await store.GetJourneyAsync("expired", Cancel));
        Assert.NotNull(await store.GetJourneyAsync("current", Cancel));
    }

    [Fact]
    public async Task StartedWithTheHost_CleansUpWithoutBeingAsked()
    {
        await using var services = Services(TimeSpan.FromMilliseconds(50));
        var store = services.GetRequiredService<IFormStore>();
        await SeedAsync(store);
        var hosted = services.GetServices<IHostedService>().ToList();

        foreach (var service in hosted)
        {
            await service.StartAsync(Cancel);
        }

        var gone = await EventuallyAsync(async () => await store.GetJourneyAsync("expired", Cancel) is null);
        foreach (var service in hosted)
        {
            await service.StopAsync(Cancel);
        }

        Assert.True(gone, "The expired journey was still there after 10 seconds.");
        Assert.NotNull(await store.GetJourneyAsync("current", Cancel));
    }

    [Fact]
    public async Task IntervalOfZero_TurnsTheCleanUpOff()
    {
        await using var services = Services(TimeSpan.Zero);
        var store = services.GetRequiredService<IFormStore>();
        await SeedAsync(store);
        var cleanup = services.GetServices<IHostedService>().OfType<StaleJourneyCleanup>().Single();

        await cleanup.StartAsync(Cancel);
        await (cleanup.ExecuteTask ?? Task.CompletedTask);
        await cleanup.StopAsync(Cancel);

        Assert.NotNull(await store.GetJourneyAsync("expired", Cancel));
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50, Cancel);
        }

        return false;
    }
}
