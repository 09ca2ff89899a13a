using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovDesign.Forms.Tests.Runner;

/// <summary>The clean-up applies each retention period of <see cref="RetentionOptions"/>, on a real SQLite file.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-retention-tests-");

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ServiceProvider Services(TimeSpan clockAhead, Action<RetentionOptions> retention, IStaleDataCleanup? other = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new AheadOfTime(clockAhead));
        if (other is not null)
        {
            services.AddSingleton(other);
        }

        return services.AddFormRunner(options =>
        {
            options.Sources.Add(new MemoryFormSource());
            options.DatabasePath = _folder.File("forms.db");
            options.SessionLifetime = TimeSpan.FromHours(4);
            retention(options.Retention);
        }).AddSqliteFormStore().BuildServiceProvider();
    }

    private static StaleJourneyCleanup CleanupOf(IServiceProvider services) => services.GetServices<IHostedService>().OfType<StaleJourneyCleanup>().Single();

    [Fact]
    public async Task RunOnce_JourneysRetentionShorterThanTheSession_DeletesJourneysOlderThanIt()
    {
        await using var services = Services(TimeSpan.Zero, retention => retention.Journeys = TimeSpan.FromHours(1));
        var store = services.GetRequiredService<IFormStore>();
        await store.SaveJourneyAsync(new JourneyRecord("two-hours-old", "form", [], DateTimeOffset.UtcNow.AddHours(-2)), Cancel);
        await store.SaveJourneyAsync(new JourneyRecord("fresh", "form", [], DateTimeOffset.UtcNow), Cancel);

        var deleted = await CleanupOf(services).RunOnceAsync(Cancel);

        Assert.Equal(1, deleted);
        Assert.Null(await store.GetJourneyAsync("two-hours-old", Cancel));
        Assert.NotNull(await store.GetJourneyAsync("fresh", Cancel));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, true)]
    public async Task RunOnce_SubmittedFilesRetention_DeletesFilesOfOlderSubmissionsAndKeepsTheSubmission(int retentionDays, bool kept)
    {
        // The clean-up's clock is two days ahead of the store's: the submission is two days old to it.
        await using var services = Services(TimeSpan.FromDays(2), retention => retention.SubmittedFiles = TimeSpan.FromDays(retentionDays));
        var store = services.GetRequiredService<IFormStore>();
        var file = await SubmitWithFileAsync(store);

        await CleanupOf(services).RunOnceAsync(Cancel);

        Assert.Equal(kept, await store.GetFileAsync(file, Cancel) is not null);
        Assert.Single(await store.GetSubmissionsAsync("form", Cancel));
    }

    [Fact]
    public async Task RunOnce_NoSubmittedFilesRetention_KeepsTheFiles()
    {
        await using var services = Services(TimeSpan.FromDays(400), _ => { });
        var store = services.GetRequiredService<IFormStore>();
        var file = await SubmitWithFileAsync(store);

        await CleanupOf(services).RunOnceAsync(Cancel);

        Assert.NotNull(await store.GetFileAsync(file, Cancel));
    }

    [Fact]
    public async Task RunOnce_RegisteredCleanup_IsAskedWithItsOwnRetention()
    {
        var outbox = new RecordingCleanup();
        await using var services = Services(TimeSpan.Zero, retention => retention.DeliveredOutbox = TimeSpan.FromDays(7), outbox);
        var before = DateTimeOffset.UtcNow;

        await CleanupOf(services).RunOnceAsync(Cancel);

        var cutOff = Assert.Single(outbox.Asked);
        Assert.InRange(cutOff, before.AddDays(-7).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(-7));
    }

    private static async Task<string> SubmitWithFileAsync(IFormStore store)
    {
        await store.SaveJourneyAsync(new JourneyRecord("session", "form", [], DateTimeOffset.UtcNow), Cancel);
        var file = StoredFile.Create("form", "session", "a.png", "image/png", [1, 2, 3]);
        await store.SaveFileAsync(file, Cancel);
        var data = new JsonObject { ["photo"] = new JsonObject { [StoredFile.IdProperty] = file.Id, ["name"] = "a.png", ["contentType"] = "image/png" } };
        await store.SubmitAsync("form", "session", data, ReferenceFormat.Default, Cancel);
        Assert.NotNull(await store.GetFileAsync(file.Id, Cancel));
        return file.Id;
    }

    private sealed class AheadOfTime(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }

    private sealed class RecordingCleanup : IStaleDataCleanup
    {
        public List<DateTimeOffset> Asked { get; } = [];

        public string Kind => "delivered outbox rows";

        public TimeSpan? RetentionOf(RetentionOptions retention) => retention.DeliveredOutbox;

        public Task<int> DeleteOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken)
        {
            Asked.Add(before);
            return Task.FromResult(0);
        }
    }
}
