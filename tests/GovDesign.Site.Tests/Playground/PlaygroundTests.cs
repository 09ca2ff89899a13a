using System.Net;
using System.Text;
using GovDesign.Site.Playground;
using Microsoft.Data.Sqlite;

namespace GovDesign.Site.Tests.Playground;

public sealed class PlaygroundTests(PlaygroundSite site) : IClassFixture<PlaygroundSite>
{
    private const string Broken = """
        {
          "slug": "broken",
          "title": "Broken",
          "pages": [
            { "path": "first", "questions": [ { "name": "q", "type": "nonsense", "label": "Q?" } ] }
          ]
        }
        """;

    private static KeyValuePair<string, string> Field(string name, string value) => KeyValuePair.Create(name, value);

    [Fact]
    public async Task Get_ShowsALabelledTextareaWithTheSampleDefinition()
    {
        using var visitor = site.NewVisitor();

        var (status, _, page) = await visitor.GetAsync("/playground");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Form definition (JSON)", page.QuerySelector("label[for=definition]")!.TextContent.Trim());
        Assert.Equal(SampleDefinition.Json.ReplaceLineEndings("\n"), page.GetElementById("definition")!.TextContent.ReplaceLineEndings("\n"));
        Assert.NotNull(page.QuerySelector("form#playground-form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Check_BrokenDefinition_ListsEachProblemWithLineColumnAndPointer_AndKeepsTheText()
    {
        using var visitor = site.NewVisitor();
        var (_, _, form) = await visitor.GetAsync("/playground");

        var (status, _, page) = await visitor.SubmitAsync(form, [Field("definition", Broken)], "playground-form");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var problems = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent).ToList();
        Assert.Contains(problems, p => p.StartsWith("line 5, column ", StringComparison.Ordinal) && p.Contains("/pages/0/questions/0/type", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Matches(@"^line \d+, column \d+: ", p));
        Assert.Equal(Broken.ReplaceLineEndings("\n"), page.GetElementById("definition")!.TextContent.ReplaceLineEndings("\n"));
        Assert.Null(page.GetElementById("playground-valid"));
    }

    [Fact]
    public async Task Check_ValidDefinition_SaysHowManyPagesAndOffersToTryIt()
    {
        using var visitor = site.NewVisitor();
        var (_, _, form) = await visitor.GetAsync("/playground");

        var (status, _, page) = await visitor.SubmitAsync(form, [Field("definition", SampleDefinition.Json)], "playground-form");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("This form is valid: 2 pages", page.GetElementById("playground-valid")!.TextContent.Trim());
        // The playground's own sample is the one people copy first: it draws no warnings (review defect 7: it drew two, for want of a subject).
        Assert.Null(page.GetElementById("playground-warnings"));
        Assert.NotNull(page.QuerySelector("button[formaction='/playground/try'][form=playground-form]"));
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task Try_ValidDefinition_GoesPageByPageToConfirmation_AndWritesNothing()
    {
        using var visitor = site.NewVisitor();
        var (_, _, form) = await visitor.GetAsync("/playground");

        var (_, startUrl, start) = await visitor.SubmitAsync(form, [Field("definition", SampleDefinition.Json)], "playground-form", "/playground/try");
        Assert.Matches("^/playground/try/report-a-street-light-[0-9a-f]{16}/$", startUrl.AbsolutePath);
        var (_, _, where) = await visitor.GetAsync(start.QuerySelector("main a.govuk-button--start, main a.govuk-button")!.GetAttribute("href")!);
        Assert.Equal("Where is the street light?", where.QuerySelector("h1")!.TextContent.Trim());
        var (_, _, problem) = await visitor.SubmitAsync(where, [Field("light-location", "Lamp post 12, Mill Lane")]);
        Assert.Equal("What is wrong with the light?", problem.QuerySelector("h1")!.TextContent.Trim());
        var (_, checkUrl, check) = await visitor.SubmitAsync(problem, [Field("problem", "flickering")]);
        Assert.EndsWith("/check-answers", checkUrl.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Lamp post 12, Mill Lane", check.Body!.TextContent, StringComparison.Ordinal);
        var (status, doneUrl, done) = await visitor.SubmitAsync(check, []);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.EndsWith("/confirmation", doneUrl.AbsolutePath, StringComparison.Ordinal);
        Assert.Matches("SL-[0-9A-Z]{6}", done.QuerySelector(".govuk-panel")!.TextContent);
        Assert.Equal(0, await RowsAsync());
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "govdesign-playground-*.json"));
    }

    [Fact]
    public async Task Try_ExpiredOrUnknownTryOut_Is404WithAWayBack()
    {
        using var visitor = site.NewVisitor();

        var (status, _, page) = await visitor.GetAsync("/playground/try/00000000000000000000000000000000/anything/");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("try-out has ended", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DefinitionOver256Kilobytes_Is413WithAClearMessage()
    {
        using var visitor = site.NewVisitor();
        var (_, _, form) = await visitor.GetAsync("/playground");
        var huge = "{\"slug\": \"" + new string('a', 257 * 1024) + "\"}";

        var (status, _, page) = await visitor.SubmitAsync(form, [Field("definition", huge)], "playground-form");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("too large", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BodyFarOverTheLimit_Is413WithoutReadingIt()
    {
        using var visitor = site.NewVisitor();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/playground")
        {
            Content = new ByteArrayContent(new byte[2 * 1024 * 1024]) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } },
        };

        using var response = await visitor.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Check_WithoutTheAntiforgeryToken_Is400()
    {
        using var visitor = site.NewVisitor();

        var (status, _, _) = await visitor.PostAsync("/playground", [Field("definition", SampleDefinition.Json)]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Check_HostileDefinition_IsEncodedInTheTextareaAndTheProblems()
    {
        using var visitor = site.NewVisitor();
        var (_, _, form) = await visitor.GetAsync("/playground");
        const string hostile = "{\"slug\": \"x\", \"</textarea><script id=evil>alert(1)</script>\": 1}";

        var (status, _, page) = await visitor.SubmitAsync(form, [Field("definition", hostile)], "playground-form");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.GetElementById("evil"));
        Assert.Equal(hostile, page.GetElementById("definition")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".govuk-error-summary__list a"));
    }

    [Theory]
    [InlineData("apply-for-a-market-trader-permit")]
    [InlineData("register-a-birth")]
    [InlineData("report-a-road-problem")]
    public async Task SampleForm_StartPage_Responds200(string slug)
    {
        using var visitor = site.NewVisitor();

        var (status, _, page) = await visitor.GetAsync($"/forms/{slug}/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("h1"));
    }

    private async Task<long> RowsAsync()
    {
        if (!File.Exists(site.Database))
        {
            return 0;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = site.Database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM journeys) + (SELECT count(*) FROM submissions)";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
