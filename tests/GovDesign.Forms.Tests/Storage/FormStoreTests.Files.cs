using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>Uploaded files: kept with the journey, then with the submission that names them.</summary>
public abstract partial class FormStoreTests
{
    private async Task<StoredFile> UploadAsync(string session, string name, params byte[] content)
    {
        var file = StoredFile.Create("form", session, name, "image/png", content);
        await Store.SaveFileAsync(file, Cancel);
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

        var loaded = await Store.GetFileAsync(file.Id, Cancel);

        Assert.Equal(file.Content, loaded?.Content);
        Assert.Equal(("photo.png", "image/png", "s1"), (loaded?.Name, loaded?.ContentType, loaded?.SessionId));
        Assert.Null(loaded?.SubmissionReference);
        Assert.Null(await Store.GetFileAsync("0123456789abcdef0123456789abcdef", Cancel));
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

        var submission = await Store.SubmitAsync("form", "s1", data, ReferenceFormat.Default, Cancel);

        Assert.Equal(submission.Reference, (await Store.GetFileAsync(photo.Id, Cancel))?.SubmissionReference);
        Assert.Equal(submission.Reference, (await Store.GetFileAsync(stall.Id, Cancel))?.SubmissionReference);
        Assert.Null(await Store.GetFileAsync(replaced.Id, Cancel));
    }

    [Fact]
    public async Task Submit_SeveralFilesOnOneQuestion_KeepsEach_AndDeletesOneRemovedBefore()
    {
        var removed = await UploadAsync("s1", "blurred.png", 1);
        var first = await UploadAsync("s1", "page-1.png", 2);
        var second = await UploadAsync("s1", "page-2.png", 3);
        var data = new JsonObject { ["answers"] = new JsonObject { ["documents"] = new JsonArray(Answer(first), Answer(second)) } };

        var submission = await Store.SubmitAsync("form", "s1", data, ReferenceFormat.Default, Cancel);

        Assert.Equal(submission.Reference, (await Store.GetFileAsync(first.Id, Cancel))?.SubmissionReference);
        Assert.Equal(submission.Reference, (await Store.GetFileAsync(second.Id, Cancel))?.SubmissionReference);
        Assert.Null(await Store.GetFileAsync(removed.Id, Cancel));
    }

    [Fact]
    public async Task Submit_DoesNotClaimAnotherJourneysFile()
    {
        var theirs = await UploadAsync("s2", "theirs.png", 9);
        var data = new JsonObject { ["answers"] = new JsonObject { ["photo"] = Answer(theirs) } };

        await Store.SubmitAsync("form", "s1", data, ReferenceFormat.Default, Cancel);

        Assert.Null((await Store.GetFileAsync(theirs.Id, Cancel))?.SubmissionReference);
        Assert.NotNull(await Store.GetFileAsync(theirs.Id, Cancel));
    }

    [Fact]
    public async Task DeleteJourney_DeletesItsUnsubmittedFiles()
    {
        await Store.SaveJourneyAsync(new JourneyRecord("s1", "form", [], Clock.Now), Cancel);
        var file = await UploadAsync("s1", "photo.png", 1);
        var other = await UploadAsync("s2", "photo.png", 1);

        await Store.DeleteJourneyAsync("s1", Cancel);

        Assert.Null(await Store.GetFileAsync(file.Id, Cancel));
        Assert.NotNull(await Store.GetFileAsync(other.Id, Cancel));
    }

    [Fact]
    public async Task DeleteStaleJourneys_DeletesTheirFiles_AndKeepsSubmittedAndActiveOnes()
    {
        await Store.SaveJourneyAsync(new JourneyRecord("stale", "form", [], Clock.Now), Cancel);
        var staleFile = await UploadAsync("stale", "a.png", 1);
        var activeFile = await UploadAsync("active", "b.png", 2);
        var submittedFile = await UploadAsync("submitted", "c.png", 3);
        await Store.SubmitAsync("form", "submitted", new JsonObject { ["answers"] = new JsonObject { ["photo"] = Answer(submittedFile) } }, ReferenceFormat.Default, Cancel);
        Clock.Now += TimeSpan.FromDays(2);
        await Store.SaveJourneyAsync(new JourneyRecord("active", "form", [], Clock.Now), Cancel);

        await Store.DeleteStaleJourneysAsync(Clock.Now.AddDays(-1), Cancel);

        Assert.Null(await Store.GetFileAsync(staleFile.Id, Cancel));
        Assert.NotNull(await Store.GetFileAsync(activeFile.Id, Cancel));
        Assert.NotNull(await Store.GetFileAsync(submittedFile.Id, Cancel));
    }
}
