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

    internal static Dictionary<string, (string, string, byte[])> Upload(string name, byte[] content) => new() { ["evidence"] = (name, "application/pdf", content) };

    /// <summary>A PDF of <paramref name="size"/> bytes.</summary>
    internal static byte[] Pdf(int size)
    {
        var content = new byte[Math.Max(size, SampleAnswers.Pdf.Length)];
        SampleAnswers.Pdf.CopyTo(content, 0);
        return content;
    }
}
