using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>
/// What every <see cref="IFormStore"/> must do, run against each store on a real database
/// (<see cref="SqliteFormStoreTests"/>, <see cref="PostgresFormStoreTests"/>). Each test gets a new, empty store.
/// </summary>
public abstract partial class FormStoreTests : IAsyncDisposable
{
    private IFormStore? _store;

    /// <summary>The clock the store stamps times with; tests move it.</summary>
    protected ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected IFormStore Store => _store ??= CreateStore(Clock);

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Creates an empty store on a database of its own.</summary>
    protected abstract IFormStore CreateStore(TimeProvider clock);

    public async ValueTask DisposeAsync()
    {
        if (_store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes what the store's database left behind.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    private static JsonObject Data(string name) => new() { ["answers"] = new JsonObject { ["name"] = name }, ["items"] = new JsonObject() };

    [Fact]
    public async Task SaveJourney_ThenGet_ReturnsTheSameState()
    {
        var state = new JsonObject { ["answers"] = new JsonObject { ["name"] = "Ada" } };

        await Store.SaveJourneyAsync(new JourneyRecord("s1", "form", state, DateTimeOffset.UtcNow), Cancel);
        var loaded = await Store.GetJourneyAsync("s1", Cancel);

        Assert.Equal(state.ToJsonString(), loaded?.State.ToJsonString());
        Assert.Null(await Store.GetJourneyAsync("forged", Cancel));
    }

    [Fact]
    public async Task SaveJourney_Again_ReplacesTheStateAndTime()
    {
        var first = DateTimeOffset.UtcNow.AddMinutes(-5);
        await Store.SaveJourneyAsync(new JourneyRecord("s1", "form", new JsonObject { ["page"] = 1 }, first), Cancel);

        await Store.SaveJourneyAsync(new JourneyRecord("s1", "form", new JsonObject { ["page"] = 2 }, first.AddMinutes(1)), Cancel);
        var loaded = await Store.GetJourneyAsync("s1", Cancel);

        Assert.Equal(2, (int?)loaded?.State["page"]);
        Assert.Equal(first.AddMinutes(1).ToUnixTimeMilliseconds(), loaded?.UpdatedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Submit_Twice_CreatesOneSubmissionWithOneReference()
    {
        var format = new ReferenceFormat("RB-{yyyy}-{random:6}");

        var first = await Store.SubmitAsync("form", "s1", Data("Ada"), format, Cancel);
        var second = await Store.SubmitAsync("form", "s1", Data("Changed"), format, Cancel);

        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal("Ada", (string?)second.Data["answers"]!["name"]);
        Assert.Single(await Store.GetSubmissionsAsync("form", Cancel));
        Assert.Matches(@"^RB-\d{4}-[2-9A-HJ-NP-Z]{6}$", first.Reference);
    }

    [Fact]
    public async Task Submit_ManyAtOnceForOneJourney_CreatesOneSubmission()
    {
        var format = new ReferenceFormat("{random:8}");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.SubmitAsync("form", "s1", Data("Ada"), format, Cancel), Cancel)));

        Assert.Single(results.Select(r => r.Reference).Distinct());
        Assert.Single(await Store.GetSubmissionsAsync("form", Cancel));
    }

    [Fact]
    public async Task Submit_ReferenceAlreadyTaken_TriesANewOne()
    {
        // A reference made of the date only: the same day gives the same reference, and each try reads the clock once.
        var format = new ReferenceFormat("R{yyyy}{mm}{dd}");
        var day = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Clock.Now = day;
        await Store.SubmitAsync("form", "s1", Data("Ada"), format, Cancel);
        Clock.Now = day;
        Clock.Step = TimeSpan.FromDays(1);

        var second = await Store.SubmitAsync("form", "s2", Data("Grace"), format, Cancel);

        Assert.Equal("R20260302", second.Reference);
        Assert.Equal(["R20260301", "R20260302"], (await Store.GetSubmissionsAsync("form", Cancel)).Select(s => s.Reference));
    }

    [Fact]
    public async Task Submit_MarksTheJourneyWithTheReferenceInTheSameTransaction()
    {
        await Store.SaveJourneyAsync(new JourneyRecord("s1", "form", [], DateTimeOffset.UtcNow), Cancel);

        var submission = await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, Cancel);
        var journey = await Store.GetJourneyAsync("s1", Cancel);

        Assert.Equal(submission.Reference, journey?.SubmissionReference);
    }

    [Fact]
    public async Task Submit_DifferentJourneys_KeepsEachInOrder()
    {
        await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, Cancel);
        await Store.SubmitAsync("form", "s2", Data("Grace"), ReferenceFormat.Default, Cancel);
        await Store.SubmitAsync("other", "s3", Data("Alan"), ReferenceFormat.Default, Cancel);

        var submissions = await Store.GetSubmissionsAsync("form", Cancel);

        Assert.Equal(["Ada", "Grace"], submissions.Select(s => (string?)s.Data["answers"]!["name"]));
    }

    [Fact]
    public async Task GetSubmissions_GivesTheAnswersInTheOrderTheyWereSubmitted()
    {
        // The CSV export's columns follow this order, which is the order of the questions.
        var data = new JsonObject { ["answers"] = new JsonObject { ["zone"] = "b", ["name"] = "Ada", ["address-line-1"] = "1 High St", ["age"] = 36 }, ["items"] = new JsonObject() };

        var submitted = await Store.SubmitAsync("form", "s1", data, ReferenceFormat.Default, Cancel);
        var loaded = Assert.Single(await Store.GetSubmissionsAsync("form", Cancel));

        Assert.Equal(data.ToJsonString(), loaded.Data.ToJsonString());
        Assert.Equal((submitted.Id, submitted.Reference, submitted.SubmittedAt), (loaded.Id, loaded.Reference, loaded.SubmittedAt));
        Assert.Equal(Clock.Now.ToUnixTimeMilliseconds(), loaded.SubmittedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task DeleteStaleJourneys_DeletesOldOnesSubmittedOrNot_AndKeepsRecentOnesAndSubmissions()
    {
        var old = DateTimeOffset.UtcNow.AddDays(-2);
        await Store.SaveJourneyAsync(new JourneyRecord("old", "form", [], old), Cancel);
        await Store.SaveJourneyAsync(new JourneyRecord("old-submitted", "form", [], old), Cancel);
        await Store.SaveJourneyAsync(new JourneyRecord("new", "form", [], DateTimeOffset.UtcNow), Cancel);
        await Store.SubmitAsync("form", "old-submitted", Data("x"), ReferenceFormat.Default, Cancel);

        var deleted = await Store.DeleteStaleJourneysAsync(DateTimeOffset.UtcNow.AddDays(-1), Cancel);

        Assert.Equal(2, deleted);
        Assert.Null(await Store.GetJourneyAsync("old", Cancel));
        Assert.Null(await Store.GetJourneyAsync("old-submitted", Cancel));
        Assert.NotNull(await Store.GetJourneyAsync("new", Cancel));
        Assert.Equal("x", (string?)Assert.Single(await Store.GetSubmissionsAsync("form", Cancel)).Data["answers"]!["name"]);
    }
}
