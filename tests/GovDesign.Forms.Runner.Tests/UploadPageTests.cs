namespace GovDesign.Forms.Runner.Tests;

/// <summary>A page with a file question and another question: what the citizen gets back when something on it is wrong.</summary>
public sealed class UploadPageTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Theory]
    [InlineData(1024 * 1024 + (512 * 1024))]
    [InlineData(5 * 1000 * 1000)]
    public async Task FileOverItsLimit_GetsTheQuestionsOwnMessage_AndKeepsTheOtherAnswers(int size)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "upload");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("note", "hello")], files: Upload("big.pdf", Pdf(size)));

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.Status);
        Assert.EndsWith("/upload/evidence", refused.Path, StringComparison.Ordinal);
        Assert.Equal("The selected file must be smaller than 1MB", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Equal("#evidence", refused.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.Equal("hello", refused.Document.QuerySelector("input[name=note]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task GoodFile_WithAnotherAnswerWrong_IsKeptAndNamed_SoItNeedNotBeChosenAgain()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "upload");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("note", "")], files: Upload("first.pdf", Pdf(100)));
        var check = await citizen.SubmitAsync(refused, [KeyValuePair.Create("note", "hello")]);

        Assert.Equal("Enter a note", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Contains("You uploaded first.pdf", refused.Document.QuerySelector("#evidence-hint")?.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Contains("first.pdf", check.Document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacementFile_WithAnotherAnswerWrong_ReplacesTheFirst_AndTheNoteSaysSo()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "upload");
        var check = await citizen.SubmitAsync(page, [KeyValuePair.Create("note", "hello")], files: Upload("first.pdf", Pdf(100)));
        var again = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/evidence']")!.GetAttribute("href")!);

        var refused = await citizen.SubmitAsync(again, [KeyValuePair.Create("note", "")], files: Upload("second.pdf", Pdf(200)));
        check = await citizen.SubmitAsync(refused, [KeyValuePair.Create("note", "hello")]);

        Assert.Contains("You uploaded first.pdf", again.Document.QuerySelector("#evidence-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("You uploaded second.pdf", refused.Document.QuerySelector("#evidence-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("second.pdf", check.Document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("first.pdf", check.Document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    internal static Dictionary<string, (string, string, byte[])> Upload(string name, byte[] content) => new() { ["evidence"] = (name, "application/pdf", content) };

    /// <summary>A PDF of <paramref name="size"/> bytes.</summary>
    internal static byte[] Pdf(int size)
    {
        var content = new byte[Math.Max(size, SampleAnswers.Pdf.Length)];
        SampleAnswers.Pdf.CopyTo(content, 0);
        return content;
    }
}
