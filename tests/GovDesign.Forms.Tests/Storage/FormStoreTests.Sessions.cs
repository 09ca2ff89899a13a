using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>Moving a submitted journey to a new session, and finding the submission a session made.</summary>
public abstract partial class FormStoreTests
{
    [Fact]
    public async Task RotateJourney_MovesItWithItsReference_AndTheOldIdFindsNothing()
    {
        await Store.SaveJourneyAsync(new JourneyRecord("old", "form", new JsonObject { ["page"] = 3 }, DateTimeOffset.UtcNow), Cancel);
        var submission = await Store.SubmitAsync("form", "old", Data("Ada"), ReferenceFormat.Default, Cancel);

        await Store.RotateJourneyAsync("old", new JourneyRecord("new", "form", new JsonObject { ["page"] = 4 }, DateTimeOffset.UtcNow) { SubmissionReference = submission.Reference }, Cancel);
        var moved = await Store.GetJourneyAsync("new", Cancel);

        Assert.Null(await Store.GetJourneyAsync("old", Cancel));
        Assert.Equal(submission.Reference, moved?.SubmissionReference);
        Assert.Equal(4, (int?)moved?.State["page"]);
        Assert.Single(await Store.GetSubmissionsAsync("form", Cancel));
    }

    [Fact]
    public async Task RotateJourney_Twice_FromOneOldId_LeavesTwoCopies()
    {
        await Store.SaveJourneyAsync(new JourneyRecord("old", "form", [], DateTimeOffset.UtcNow), Cancel);

        await Store.RotateJourneyAsync("old", new JourneyRecord("first", "form", [], DateTimeOffset.UtcNow) { SubmissionReference = "R1" }, Cancel);
        await Store.RotateJourneyAsync("old", new JourneyRecord("second", "form", [], DateTimeOffset.UtcNow) { SubmissionReference = "R1" }, Cancel);

        Assert.Equal("R1", (await Store.GetJourneyAsync("first", Cancel))?.SubmissionReference);
        Assert.Equal("R1", (await Store.GetJourneyAsync("second", Cancel))?.SubmissionReference);
    }

    [Fact]
    public async Task FindSubmission_BySessionId_GivesTheSubmissionOrNull()
    {
        var submission = await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, Cancel);

        var found = await Store.FindSubmissionAsync("s1", Cancel);

        Assert.Equal(submission.Reference, found?.Reference);
        Assert.Null(await Store.FindSubmissionAsync("s2", Cancel));
    }
}
