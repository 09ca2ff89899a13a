using System.Net;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// A file question that takes several files (<c>maxFiles</c> 2, in Forms/documents.json) over real HTTP, as a
/// browser without JavaScript posts it: Upload and Remove post the whole page and bring it back with the list.
/// </summary>
public sealed class FileListTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    private const string UploadButton = "documents-upload";

    private static Dictionary<string, (string, string, byte[])> File(string name, byte[] content) => new() { ["documents"] = (name, "application/pdf", content) };

    private static KeyValuePair<string, string> Field(string name, string value) => KeyValuePair.Create(name, value);

    private static string[] Listed(Received page) =>
        [.. page.Document.QuerySelectorAll(".govuk-summary-list__key").Select(key => key.TextContent.Trim())];

    /// <summary>A valid PDF whose last byte differs, so each file is its own.</summary>
    private static byte[] Pdf(byte mark) => [.. SampleAnswers.Pdf, (byte)'%', mark];

    private async Task<Received> UploadTwoAsync(Citizen citizen, string note = "hello")
    {
        var page = await Journeys.StartAsync(citizen, "documents");
        page = await citizen.SubmitAsync(page, [Field("note", note), Field(UploadButton, "yes")], files: File("passport.pdf", Pdf(1)));
        return await citizen.SubmitAsync(page, [Field("note", note), Field(UploadButton, "yes")], files: File("letter.pdf", Pdf(2)));
    }

    [Fact]
    public async Task UploadTwoFiles_ListsBothOnTheSamePage_AndKeepsTheNoteTyped()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "documents");

        var one = await citizen.SubmitAsync(page, [Field("note", "first"), Field(UploadButton, "yes")], files: File("passport.pdf", Pdf(1)));
        var two = await citizen.SubmitAsync(one, [Field("note", "second"), Field(UploadButton, "yes")], files: File("letter.pdf", Pdf(2)));

        Assert.Equal((HttpStatusCode.OK, "/documents/documents"), (one.Status, one.Path));
        Assert.Equal(["passport.pdf"], Listed(one));
        Assert.Equal("first", one.Document.QuerySelector("input[name=note]")?.GetAttribute("value"));
        Assert.NotNull(one.Document.QuerySelector("input[type=file]#documents"));
        Assert.Null(one.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal(["passport.pdf", "letter.pdf"], Listed(two));
        Assert.Equal("second", two.Document.QuerySelector("input[name=note]")?.GetAttribute("value"));
        Assert.Null(two.Document.QuerySelector("input[type=file]"));
        Assert.Equal("Remove letter.pdf", two.Document.QuerySelectorAll("button[name=documents-remove]")[1].TextContent.Trim());
    }

    [Fact]
    public async Task RemoveOne_TakesOutOnlyThatFile_AndKeepsTheNote()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var two = await UploadTwoAsync(citizen);
        var remove = two.Document.QuerySelectorAll("button[name=documents-remove]")[0];

        var after = await citizen.SubmitAsync(two, [Field("note", "kept"), Field("documents-remove", remove.GetAttribute("value")!)]);
        var again = await citizen.GetAsync(after.Path);

        Assert.Equal(["letter.pdf"], Listed(after));
        Assert.Equal("kept", after.Document.QuerySelector("input[name=note]")?.GetAttribute("value"));
        Assert.NotNull(after.Document.QuerySelector("input[type=file]#documents"));
        Assert.Equal(["letter.pdf"], Listed(again));
    }

    [Fact]
    public async Task RemoveWithoutAToken_IsRefused_AndRemovesNothing()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var two = await UploadTwoAsync(citizen);
        var remove = two.Document.QuerySelectorAll("button[name=documents-remove]")[0].GetAttribute("value")!;

        var refused = await citizen.PostAsync(two.Path, [Field("note", "x"), Field("documents-remove", remove)], new Dictionary<string, (string, string, byte[])>());

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["passport.pdf", "letter.pdf"], Listed(await citizen.GetAsync(two.Path)));
    }

    [Fact]
    public async Task UploadPastMaxFiles_SaysHowMany_NextToTheFieldAndInTheSummary()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "documents");
        page = await citizen.SubmitAsync(page, [Field(UploadButton, "yes")], files: File("passport.pdf", Pdf(1)));
        var stale = page;
        await citizen.SubmitAsync(page, [Field(UploadButton, "yes")], files: File("letter.pdf", Pdf(2)));

        // The first page, still open in another tab, offers its input.
        var refused = await citizen.SubmitAsync(stale, [Field("note", "third"), Field(UploadButton, "yes")], files: File("third.pdf", Pdf(3)));

        Assert.Equal("You can upload up to 2 files", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Equal("#documents", refused.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.Contains("You can upload up to 2 files", refused.Document.QuerySelector("#documents-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["passport.pdf", "letter.pdf"], Listed(refused));
        Assert.Equal("third", refused.Document.QuerySelector("input[name=note]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("en", "Select a document")]
    [InlineData("cy", "Dewiswch ddogfen")]
    [InlineData("vi", "Chọn một tài liệu")]
    public async Task ContinueWithNoFile_AsksForOne_InThePagesLanguage(string language, string message)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await citizen.GetAsync($"/documents/documents?lang={language}");

        var refused = await citizen.SubmitAsync(page, [Field("note", "hello")]);

        Assert.Equal("/documents/documents", refused.Path);
        Assert.Equal(message, refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Equal("hello", refused.Document.QuerySelector("input[name=note]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task UploadWithNoFileChosen_AsksForOne()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "documents");

        var refused = await citizen.SubmitAsync(page, [Field("note", "hello"), Field(UploadButton, "yes")]);

        Assert.Equal("Select a document", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
    }

    [Fact]
    public async Task OversizeFile_GetsTheQuestionsMessage_KeepsTheListAndTheNote()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "documents");
        page = await citizen.SubmitAsync(page, [Field(UploadButton, "yes")], files: File("passport.pdf", Pdf(1)));

        var refused = await citizen.SubmitAsync(page, [Field("note", "hello"), Field(UploadButton, "yes")], files: File("big.pdf", UploadPageTests.Pdf(1536 * 1024)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("The selected file must be smaller than 1MB", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Equal(["passport.pdf"], Listed(refused));
        Assert.Equal("hello", refused.Document.QuerySelector("input[name=note]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Journey_WithoutJavaScript_UploadTwoThenContinue_ChecksAnswersAndSubmitsBothFiles()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var two = await UploadTwoAsync(citizen);

        var check = await citizen.SubmitAsync(two, [Field("note", "both")]);
        var confirmation = await citizen.SubmitAsync(check, []);

        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        var answer = check.Document.QuerySelectorAll(".govuk-summary-list__row").Single(row => row.TextContent.Contains("Upload your documents", StringComparison.Ordinal));
        Assert.Contains("passport.pdf", answer.TextContent, StringComparison.Ordinal);
        Assert.Contains("letter.pdf", answer.TextContent, StringComparison.Ordinal);
        var reference = confirmation.Document.QuerySelector(".govuk-panel strong")!.TextContent.Trim();
        var files = SubmissionsDatabase.Data(server.DatabasePath, reference)["answers"]!["documents"]!.AsArray();
        Assert.Equal(["passport.pdf", "letter.pdf"], files.Select(f => (string)f!["name"]!));
        var store = new SqliteFormStore(server.DatabasePath);
        foreach (var file in files)
        {
            var stored = await store.GetFileAsync((string)file![StoredFile.IdProperty]!, TestContext.Current.CancellationToken);
            Assert.Equal(reference, stored?.SubmissionReference);
        }
    }

    [Fact]
    public async Task ChosenFileThenContinue_IsUploadedAndTheJourneyGoesOn()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "documents");

        var check = await citizen.SubmitAsync(page, [Field("note", "one")], files: File("only.pdf", Pdf(9)));

        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Contains("only.pdf", check.Document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadToTheList_KeepsAGoodFileChosenForASingleFileQuestionOnThePage()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "documents-and-photo");
        var chosen = new Dictionary<string, (string, string, byte[])> { ["photo"] = ("me.png", "image/png", SampleAnswers.Png), ["documents"] = ("passport.pdf", "application/pdf", Pdf(1)) };

        var listed = await citizen.SubmitAsync(page, [Field(UploadButton, "yes")], files: chosen);
        var check = await citizen.SubmitAsync(listed, []);

        Assert.Equal(["passport.pdf"], Listed(listed));
        Assert.Contains("You uploaded me.png", listed.Document.QuerySelector("#photo-hint")?.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Contains("me.png", check.Document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadToTheList_LeavesAFileTheSingleFileQuestionRefuses_ForContinueToReport()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "documents-and-photo");
        var chosen = new Dictionary<string, (string, string, byte[])> { ["photo"] = ("me.pdf", "application/pdf", Pdf(2)), ["documents"] = ("passport.pdf", "application/pdf", Pdf(1)) };

        var listed = await citizen.SubmitAsync(page, [Field(UploadButton, "yes")], files: chosen);
        var refused = await citizen.SubmitAsync(listed, []);

        Assert.Equal(["passport.pdf"], Listed(listed));
        Assert.Null(listed.Document.QuerySelector(".govuk-error-summary"));
        Assert.DoesNotContain("You uploaded", listed.Document.QuerySelector("#photo-hint")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("Select a photo", refused.Document.QuerySelector(".govuk-error-summary a[href='#photo']")?.TextContent.Trim());
    }
}
