using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>Saved journeys (save and return): kept by their token's hash, used once, counted for rate limits.</summary>
public abstract partial class FormStoreTests
{
    private ISavedJourneyStore Saved => Assert.IsAssignableFrom<ISavedJourneyStore>(Store);

    private static SavedJourney SavedFrom(string session, string hash, DateTimeOffset at, string name = "Ada") =>
        new(hash, "form", session, new JsonObject { ["answers"] = new JsonObject { ["name"] = name }, ["language"] = "cy" }, at, at.AddDays(28))
        {
            AddressHash = "address-1",
            ClientHash = "client-1",
        };

    [Fact]
    public async Task SaveForLater_ThenFind_IsUsableWithItsAnswers_AndUnknownElsewhere()
    {
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "h1", Clock.Now), Cancel);

        var (status, saved) = await Saved.FindSavedJourneyAsync("form", "h1", Clock.Now, Cancel);

        Assert.Equal(SavedJourneyStatus.Usable, status);
        Assert.Equal("Ada", (string?)saved?.State["answers"]?["name"]);
        Assert.Equal(SavedJourneyStatus.Unknown, (await Saved.FindSavedJourneyAsync("another-form", "h1", Clock.Now, Cancel)).Status);
        Assert.Equal(SavedJourneyStatus.Unknown, (await Saved.FindSavedJourneyAsync("form", "forged", Clock.Now, Cancel)).Status);
    }

    [Fact]
    public async Task Restore_WritesTheJourneyUnderTheNewSession_MovesItsFiles_AndUsesTheLinkUp()
    {
        var file = await UploadAsync("s1", "photo.png", 1, 2);
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "h1", Clock.Now), Cancel);

        var status = await Saved.RestoreSavedJourneyAsync("form", "h1", "s2", Clock.Now, Cancel);

        Assert.Equal(SavedJourneyStatus.Usable, status);
        var journey = await Store.GetJourneyAsync("s2", Cancel);
        Assert.Equal(("Ada", "cy"), ((string?)journey?.State["answers"]?["name"], (string?)journey?.State["language"]));
        Assert.Equal("s2", (await Store.GetFileAsync(file.Id, Cancel))?.SessionId);
        var (again, used) = await Saved.FindSavedJourneyAsync("form", "h1", Clock.Now, Cancel);
        Assert.Equal(SavedJourneyStatus.Used, again);
        Assert.Equal("{}", used?.State.ToJsonString());
        Assert.Equal(SavedJourneyStatus.Used, await Saved.RestoreSavedJourneyAsync("form", "h1", "s3", Clock.Now, Cancel));
        Assert.Null(await Store.GetJourneyAsync("s3", Cancel));
    }

    [Fact]
    public async Task Restore_ManyAtOnce_RestoresOnce()
    {
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "h1", Clock.Now), Cancel);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => Saved.RestoreSavedJourneyAsync("form", "h1", "new-" + i, Clock.Now, Cancel), Cancel)));

        Assert.Single(results, r => r == SavedJourneyStatus.Usable);
        Assert.Equal(5, results.Count(r => r == SavedJourneyStatus.Used));
    }

    [Fact]
    public async Task Restore_AfterTheLinkExpired_IsExpiredAndWritesNoJourney()
    {
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "h1", Clock.Now), Cancel);

        var status = await Saved.RestoreSavedJourneyAsync("form", "h1", "s2", Clock.Now.AddDays(29), Cancel);

        Assert.Equal(SavedJourneyStatus.Expired, status);
        Assert.Null(await Store.GetJourneyAsync("s2", Cancel));
    }

    [Fact]
    public async Task SaveForLater_AgainFromTheSameJourney_StopsTheEarlierLink()
    {
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "old", Clock.Now, "Ada"), Cancel);
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "new", Clock.Now.AddMinutes(1), "Grace"), Cancel);

        Assert.Equal(SavedJourneyStatus.Used, (await Saved.FindSavedJourneyAsync("form", "old", Clock.Now, Cancel)).Status);
        Assert.Equal("Grace", (string?)(await Saved.FindSavedJourneyAsync("form", "new", Clock.Now, Cancel)).Saved?.State["answers"]?["name"]);
    }

    [Fact]
    public async Task Withdraw_StopsTheLink_ButItStillCountsForTheLimits()
    {
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "h1", Clock.Now), Cancel);
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s2", "h2", Clock.Now) with { AddressHash = "address-2" }, Cancel);

        await Saved.WithdrawSavedJourneyAsync("h1", Clock.Now, Cancel);

        Assert.Equal(SavedJourneyStatus.Used, (await Saved.FindSavedJourneyAsync("form", "h1", Clock.Now, Cancel)).Status);
        Assert.Equal((1, 2), await Saved.CountSavedJourneysAsync("address-1", "client-1", Clock.Now.AddHours(-1), Cancel));
        Assert.Equal((0, 0), await Saved.CountSavedJourneysAsync("address-1", "client-1", Clock.Now.AddMinutes(1), Cancel));
    }

    [Fact]
    public async Task DeleteSavedJourneys_DeletesThoseSavedBeforeTheCutOff_UsedOrNot()
    {
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "old", Clock.Now.AddDays(-30)), Cancel);
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s2", "recent", Clock.Now), Cancel);

        var deleted = await Saved.DeleteSavedJourneysAsync(Clock.Now.AddDays(-28), Cancel);

        Assert.Equal(1, deleted);
        Assert.Equal(SavedJourneyStatus.Unknown, (await Saved.FindSavedJourneyAsync("form", "old", Clock.Now, Cancel)).Status);
        Assert.Equal(SavedJourneyStatus.Usable, (await Saved.FindSavedJourneyAsync("form", "recent", Clock.Now, Cancel)).Status);
    }

    [Fact]
    public async Task DeleteStaleJourneys_KeepsTheFilesOfAJourneySavedForLater_UntilItIsDeleted()
    {
        await Store.SaveJourneyAsync(new JourneyRecord("s1", "form", [], Clock.Now), Cancel);
        var file = await UploadAsync("s1", "photo.png", 1);
        await Saved.SaveJourneyForLaterAsync(SavedFrom("s1", "h1", Clock.Now), Cancel);
        Clock.Now += TimeSpan.FromDays(2);

        await Store.DeleteStaleJourneysAsync(Clock.Now.AddDays(-1), Cancel);
        Assert.NotNull(await Store.GetFileAsync(file.Id, Cancel));

        await Saved.DeleteSavedJourneysAsync(Clock.Now, Cancel);
        await Store.DeleteStaleJourneysAsync(Clock.Now.AddDays(-1), Cancel);
        Assert.Null(await Store.GetFileAsync(file.Id, Cancel));
    }
}
