using System.Net;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Add-another pages that need no entries, and bodies over the limit, on the test forms (none of which takes a file).</summary>
public sealed class TestFormEdgeTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task RepeatWithMinimumZero_AsksTheFormsFirstQuestionBeforeAnyEntry()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var first = await Journeys.StartAsync(citizen, "optional-repeat");
        var none = await citizen.SubmitAsync(first, [KeyValuePair.Create("add-another", "no")]);

        Assert.EndsWith("/optional-repeat/pets", first.Path, StringComparison.Ordinal);
        Assert.Equal("Your pets", first.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Do you have any pets to register?", first.Document.QuerySelector("legend")?.TextContent.Trim());
        Assert.Empty(first.Document.QuerySelectorAll(".govuk-summary-list__row"));
        Assert.EndsWith("/optional-repeat/your-name", none.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatWithMinimumZero_YesAsksForTheFirstEntry_AndNothingChosenSaysWhatToDo()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, "optional-repeat");

        var unanswered = await citizen.SubmitAsync(first, []);
        var entry = await citizen.SubmitAsync(first, [KeyValuePair.Create("add-another", "yes")]);

        Assert.Equal("Select yes if you need to add any pets", unanswered.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.EndsWith("/optional-repeat/pets/1", entry.Path, StringComparison.Ordinal);
        Assert.EndsWith("/optional-repeat/pets", entry.Document.QuerySelector("a.govuk-back-link")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Gets413()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, "add-another");
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes("registration=" + new string('a', (4 * 1024 * 1024) + (64 * 1024)))));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        var request = new HttpRequestMessage(HttpMethod.Post, first.Path) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var page = await citizen.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
    }
}
