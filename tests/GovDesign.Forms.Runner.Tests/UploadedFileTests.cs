using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>A file a citizen uploads reaches the database with their submission, over real HTTP.</summary>
public sealed class UploadedFileTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    private static readonly KeyValuePair<string, string>[][] AnswersBeforeTheFile =
    [
        [KeyValuePair.Create("date-of-birth-day", "1"), KeyValuePair.Create("date-of-birth-month", "2"), KeyValuePair.Create("date-of-birth-year", "1990")],
        [KeyValuePair.Create("fee", "12.50")],
        [KeyValuePair.Create("email", "sam@example.com")],
        [KeyValuePair.Create("size", "small")],
    ];

    [Fact]
    public async Task SubmittedFile_IsInTheDatabaseWithTheSubmission_ByteForByte()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var content = Pdf(1);

        var check = await UploadAsync(citizen, await ToFilePageAsync(citizen), "signed form.pdf", content);
        var reference = await SubmitAsync(citizen, check);

        var file = await SubmittedFileAsync(reference);
        Assert.Equal(content, file.Content);
        Assert.Equal(("signed form.pdf", "application/pdf", reference), (file.Name, file.ContentType, file.SubmissionReference));
    }

    [Fact]
    public async Task FilePageContinuedWithoutANewFile_KeepsTheFileAlreadyUploaded()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var content = Pdf(2);
        var check = await UploadAsync(citizen, await ToFilePageAsync(citizen), "first.pdf", content);

        var again = await citizen.GetAsync(FileChangeHref(check));
        Assert.Contains("You uploaded first.pdf", again.Document.QuerySelector(".govuk-hint")?.TextContent, StringComparison.Ordinal);
        var back = await citizen.SubmitAsync(again, []);

        Assert.EndsWith("/check-answers", back.Path, StringComparison.Ordinal);
        Assert.Null(back.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal(content, (await SubmittedFileAsync(await SubmitAsync(citizen, back))).Content);
    }

    [Fact]
    public async Task ReplacedFile_IsNotKept_OnlyTheNewOneIs()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await UploadAsync(citizen, await ToFilePageAsync(citizen), "to-be-replaced.pdf", Pdf(3));
        var firstId = SubmissionsDatabase.FileIds(server.DatabasePath, "to-be-replaced.pdf").Single();

        var again = await citizen.GetAsync(FileChangeHref(check));
        var replaced = await UploadAsync(citizen, again, "second.pdf", Pdf(4));
        var reference = await SubmitAsync(citizen, replaced);

        Assert.Equal(Pdf(4), (await SubmittedFileAsync(reference)).Content);
        Assert.Empty(SubmissionsDatabase.FileIds(server.DatabasePath, "to-be-replaced.pdf"));
        Assert.Null(await new SqliteFormStore(server.DatabasePath).GetFileAsync(firstId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FilePage_PostsMultipart_AndOtherPagesTheBrowsersDefault()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var firstPage = await Journeys.StartAsync(new Citizen(server.BaseAddress), "question-settings");
        var filePage = await ToFilePageAsync(citizen);

        Assert.Equal("multipart/form-data", filePage.PostForm().GetAttribute("enctype"));
        Assert.False(firstPage.PostForm().HasAttribute("enctype"));
    }

    [Fact]
    public async Task RefusedFile_IsNotStored()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await ToFilePageAsync(citizen);
        var before = SubmissionsDatabase.FileIds(server.DatabasePath).Count;

        var refused = await UploadAsync(citizen, page, "photo.png", SampleAnswers.Png);

        Assert.EndsWith("/document", refused.Path, StringComparison.Ordinal);
        Assert.Equal(before, SubmissionsDatabase.FileIds(server.DatabasePath).Count);
    }

    /// <summary>A valid PDF whose last byte differs, so each test's file is its own.</summary>
    private static byte[] Pdf(byte mark) => [.. SampleAnswers.Pdf, (byte)'%', mark];

    private static async Task<Received> ToFilePageAsync(Citizen citizen)
    {
        var page = await Journeys.StartAsync(citizen, "question-settings");
        foreach (var fields in AnswersBeforeTheFile)
        {
            page = await citizen.SubmitAsync(page, fields);
        }

        Assert.EndsWith("/document", page.Path, StringComparison.Ordinal);
        return page;
    }

    private static Task<Received> UploadAsync(Citizen citizen, Received page, string name, byte[] content) =>
        citizen.SubmitAsync(page, [], files: new Dictionary<string, (string, string, byte[])> { ["document"] = (name, "application/pdf", content) });

    private static string FileChangeHref(Received check) =>
        check.Document.QuerySelector("a[href*='/document']")?.GetAttribute("href") ?? throw new InvalidOperationException("No change link for the file.");

    private static async Task<string> SubmitAsync(Citizen citizen, Received check)
    {
        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        var confirmation = await citizen.SubmitAsync(check, []);
        return confirmation.Document.QuerySelector(".govuk-panel strong")?.TextContent.Trim() ?? throw new InvalidOperationException("No reference.");
    }

    private async Task<StoredFile> SubmittedFileAsync(string reference)
    {
        var store = new SqliteFormStore(server.DatabasePath);
        var submissions = await store.GetSubmissionsAsync("question-settings", TestContext.Current.CancellationToken);
        var submission = Assert.Single(submissions, s => s.Reference == reference);
        var id = Assert.Single(StoredFile.IdsIn(submission.Data));
        return await store.GetFileAsync(id, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException("The submission's file is missing.");
    }
}
