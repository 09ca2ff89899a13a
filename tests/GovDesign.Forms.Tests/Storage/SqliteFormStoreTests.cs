using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>The SQLite store against a real database file in a temporary folder.</summary>
public sealed class SqliteFormStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govdesign-forms-tests-").FullName;
    private readonly SqliteFormStore _store;

    public SqliteFormStoreTests() => _store = new SqliteFormStore(Path.Combine(_folder, "forms.db"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static JsonObject Data(string name) => new() { ["answers"] = new JsonObject { ["name"] = name }, ["items"] = new JsonObject() };

    [Fact]
    public async Task SaveJourney_ThenGet_ReturnsTheSameState()
    {
        var state = new JsonObject { ["answers"] = new JsonObject { ["name"] = "Ada" } };

        await _store.SaveJourneyAsync(new JourneyRecord("s1", "form", state, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
        var loaded = await _store.GetJourneyAsync("s1", TestContext.Current.CancellationToken);

        Assert.Equal(state.ToJsonString(), loaded?.State.ToJsonString());
        Assert.Null(await _store.GetJourneyAsync("forged", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Submit_Twice_CreatesOneSubmissionWithOneReference()
    {
        var format = new ReferenceFormat("RB-{yyyy}-{random:6}");

        var first = await _store.SubmitAsync("form", "s1", Data("Ada"), format, TestContext.Current.CancellationToken);
        var second = await _store.SubmitAsync("form", "s1", Data("Changed"), format, TestContext.Current.CancellationToken);

        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal("Ada", (string?)second.Data["answers"]!["name"]);
        Assert.Single(await _store.GetSubmissionsAsync("form", TestContext.Current.CancellationToken));
        Assert.Matches(@"^RB-\d{4}-[2-9A-HJ-NP-Z]{6}$", first.Reference);
    }

    [Fact]
    public async Task Submit_ManyAtOnceForOneJourney_CreatesOneSubmission()
    {
        var format = new ReferenceFormat("{random:8}");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _store.SubmitAsync("form", "s1", Data("Ada"), format, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        Assert.Single(results.Select(r => r.Reference).Distinct());
        Assert.Single(await _store.GetSubmissionsAsync("form", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Submit_MarksTheJourneyWithTheReferenceInTheSameTransaction()
    {
        await _store.SaveJourneyAsync(new JourneyRecord("s1", "form", [], DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);

        var submission = await _store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TestContext.Current.CancellationToken);
        var journey = await _store.GetJourneyAsync("s1", TestContext.Current.CancellationToken);

        Assert.Equal(submission.Reference, journey?.SubmissionReference);
    }

    [Fact]
    public async Task Submit_DifferentJourneys_KeepsEachInOrder()
    {
        await _store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TestContext.Current.CancellationToken);
        await _store.SubmitAsync("form", "s2", Data("Grace"), ReferenceFormat.Default, TestContext.Current.CancellationToken);
        await _store.SubmitAsync("other", "s3", Data("Alan"), ReferenceFormat.Default, TestContext.Current.CancellationToken);

        var submissions = await _store.GetSubmissionsAsync("form", TestContext.Current.CancellationToken);

        Assert.Equal(["Ada", "Grace"], submissions.Select(s => (string?)s.Data["answers"]!["name"]));
    }

    [Fact]
    public async Task FirstUse_OnANewFile_CreatesTheTablesInWalMode()
    {
        await _store.GetSubmissionsAsync("form", TestContext.Current.CancellationToken);

        await using var connection = new SqliteConnection($"Data Source={_store.Path}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DeleteStaleJourneys_KeepsSubmittedAndRecentOnes()
    {
        var old = DateTimeOffset.UtcNow.AddDays(-2);
        await _store.SaveJourneyAsync(new JourneyRecord("old", "form", [], old), TestContext.Current.CancellationToken);
        await _store.SaveJourneyAsync(new JourneyRecord("old-submitted", "form", [], old), TestContext.Current.CancellationToken);
        await _store.SaveJourneyAsync(new JourneyRecord("new", "form", [], DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
        await _store.SubmitAsync("form", "old-submitted", Data("x"), ReferenceFormat.Default, TestContext.Current.CancellationToken);

        var deleted = await _store.DeleteStaleJourneysAsync(DateTimeOffset.UtcNow.AddDays(-1), TestContext.Current.CancellationToken);

        Assert.Equal(1, deleted);
        Assert.Null(await _store.GetJourneyAsync("old", TestContext.Current.CancellationToken));
        Assert.NotNull(await _store.GetJourneyAsync("old-submitted", TestContext.Current.CancellationToken));
    }
}
