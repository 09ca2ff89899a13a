using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>Uploaded files in the SQLite store: kept with the journey, then with the submission that names them.</summary>
public sealed class SqliteFormStoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govdesign-forms-tests-").FullName;
    private readonly Clock _clock = new(DateTimeOffset.UtcNow);
    private readonly SqliteFormStore _store;

    public SqliteFormStoreFileTests() => _store = new SqliteFormStore(Path.Combine(_folder, "forms.db"), _clock);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<StoredFile> UploadAsync(string session, string name, params byte[] content)
    {
        var file = StoredFile.Create("form", session, name, "image/png", content);
        await _store.SaveFileAsync(file, Cancel);
        return file;
    }

    private static JsonObject Answer(StoredFile file) => new()
    {
        ["name"] = file.Name, ["size"] = file.Content.Length, ["contentType"] = file.ContentType, [StoredFile.IdProperty] = file.Id,
    };

    [Fact]
    public async Task SaveFile_ThenGet_ReturnsTheSameBytes()
    {
        var file = await UploadAsync("s1", "photo.png", 0x89, 0x50, 0x4E, 0x47, 0, 255);

        var loaded = await _store.GetFileAsync(file.Id, Cancel);

        Assert.Equal(file.Content, loaded?.Content);
        Assert.Equal(("photo.png", "image/png", "s1"), (loaded?.Name, loaded?.ContentType, loaded?.SessionId));
        Assert.Null(loaded?.SubmissionReference);
        Assert.Null(await _store.GetFileAsync("0123456789abcdef0123456789abcdef", Cancel));
    }

    [Fact]
    public void Create_GivesEachFileAnUnguessableId()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => StoredFile.Create("form", "s1", "a.png", "image/png", []).Id).ToList();

        Assert.Equal(100, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
    }

    [Fact]
    public async Task Submit_KeepsTheFilesTheAnswersName_AndDeletesReplacedOnes()
    {
        var replaced = await UploadAsync("s1", "old.png", 1);
        var photo = await UploadAsync("s1", "photo.png", 2);
        var stall = await UploadAsync("s1", "stall.png", 3);
        var data = new JsonObject
        {
            ["answers"] = new JsonObject { ["photo"] = Answer(photo) },
            ["items"] = new JsonObject { ["stalls"] = new JsonArray(new JsonObject { ["plan"] = Answer(stall) }) },
        };

        var submission = await _store.SubmitAsync("form", "s1", data, ReferenceFormat.Default, Cancel);

        Assert.Equal(submission.Reference, (await _store.GetFileAsync(photo.Id, Cancel))?.SubmissionReference);
        Assert.Equal(submission.Reference, (await _store.GetFileAsync(stall.Id, Cancel))?.SubmissionReference);
        Assert.Null(await _store.GetFileAsync(replaced.Id, Cancel));
    }

    [Fact]
    public async Task Submit_DoesNotClaimAnotherJourneysFile()
    {
        var theirs = await UploadAsync("s2", "theirs.png", 9);
        var data = new JsonObject { ["answers"] = new JsonObject { ["photo"] = Answer(theirs) } };

        await _store.SubmitAsync("form", "s1", data, ReferenceFormat.Default, Cancel);

        Assert.Null((await _store.GetFileAsync(theirs.Id, Cancel))?.SubmissionReference);
        Assert.NotNull(await _store.GetFileAsync(theirs.Id, Cancel));
    }

    [Fact]
    public async Task DeleteJourney_DeletesItsUnsubmittedFiles()
    {
        await _store.SaveJourneyAsync(new JourneyRecord("s1", "form", [], _clock.GetUtcNow()), Cancel);
        var file = await UploadAsync("s1", "photo.png", 1);
        var other = await UploadAsync("s2", "photo.png", 1);

        await _store.DeleteJourneyAsync("s1", Cancel);

        Assert.Null(await _store.GetFileAsync(file.Id, Cancel));
        Assert.NotNull(await _store.GetFileAsync(other.Id, Cancel));
    }

    [Fact]
    public async Task DeleteStaleJourneys_DeletesTheirFiles_AndKeepsSubmittedAndActiveOnes()
    {
        await _store.SaveJourneyAsync(new JourneyRecord("stale", "form", [], _clock.GetUtcNow()), Cancel);
        var staleFile = await UploadAsync("stale", "a.png", 1);
        var activeFile = await UploadAsync("active", "b.png", 2);
        var submittedFile = await UploadAsync("submitted", "c.png", 3);
        await _store.SubmitAsync("form", "submitted", new JsonObject { ["answers"] = new JsonObject { ["photo"] = Answer(submittedFile) } }, ReferenceFormat.Default, Cancel);
        _clock.Now += TimeSpan.FromDays(2);
        await _store.SaveJourneyAsync(new JourneyRecord("active", "form", [], _clock.GetUtcNow()), Cancel);

        await _store.DeleteStaleJourneysAsync(_clock.GetUtcNow().AddDays(-1), Cancel);

        Assert.Null(await _store.GetFileAsync(staleFile.Id, Cancel));
        Assert.NotNull(await _store.GetFileAsync(activeFile.Id, Cancel));
        Assert.NotNull(await _store.GetFileAsync(submittedFile.Id, Cancel));
    }

    [Fact]
    public void IdsIn_FindsFileAnswersAnywhere_AndNothingElse()
    {
        var data = JsonNode.Parse("""
            {
              "answers": { "photo": { "name": "a.png", "size": 1, "contentType": "image/png", "fileId": "aaa" }, "fileId": "not a file", "text": "x" },
              "items": { "stalls": [ { "plan": { "name": "b.pdf", "size": 2, "contentType": "application/pdf", "fileId": "bbb" } }, { "note": "y" } ] }
            }
            """);

        Assert.Equal(["aaa", "bbb"], StoredFile.IdsIn(data).Order());
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
