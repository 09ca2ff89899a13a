using System.Text.Json.Nodes;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovDesign.Forms.Tests.Runner;

/// <summary>The runner's clean-up deletes saved journeys (save and return) older than <see cref="RetentionOptions.SavedJourneys"/>.</summary>
public sealed class SavedJourneysRetentionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-saved-retention-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(7, false)]
    [InlineData(28, true)]
    public async Task RunOnce_SavedJourneysRetention_DeletesThoseSavedLongerAgo(int retentionDays, bool kept)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var services = new ServiceCollection().AddLogging().AddFormRunner(options =>
        {
            options.Sources.Add(new MemoryFormSource());
            options.DatabasePath = _folder.File("forms.db");
            options.Retention.SavedJourneys = TimeSpan.FromDays(retentionDays);
        }).AddSqliteFormStore().BuildServiceProvider();
        var saved = Assert.IsAssignableFrom<ISavedJourneyStore>(services.GetRequiredService<IFormStore>());
        var tenDaysAgo = DateTimeOffset.UtcNow.AddDays(-10);
        await saved.SaveJourneyForLaterAsync(new SavedJourney("hash", "form", "session", new JsonObject(), tenDaysAgo, tenDaysAgo.AddDays(7)), cancel);

        await services.GetServices<IHostedService>().OfType<StaleJourneyCleanup>().Single().RunOnceAsync(cancel);

        var (status, _) = await saved.FindSavedJourneyAsync("form", "hash", DateTimeOffset.UtcNow, cancel);
        Assert.Equal(kept ? SavedJourneyStatus.Expired : SavedJourneyStatus.Unknown, status);
    }
}
