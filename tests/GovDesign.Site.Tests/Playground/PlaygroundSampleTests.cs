using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovDesign.Site.Playground;

namespace GovDesign.Site.Tests.Playground;

/// <summary>
/// The playground as a prototyping tool (review: "no open sample in playground", "JSON box is not monospace", and
/// issue 17's download button): each sample opens in it by a link, what is in the editor downloads as a file, and
/// the editor is set in a monospace font. Plain links and forms: all of it works with JavaScript off.
/// </summary>
public sealed class PlaygroundSampleTests(PlaygroundSite site) : IClassFixture<PlaygroundSite>
{
    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(RepositoryPaths.FormSamples, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Get_WithASample_ShowsThatSamplesDefinitionToEdit(string slug)
    {
        using var visitor = site.NewVisitor();

        var (status, _, page) = await visitor.GetAsync(SampleLink.For(slug));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.FormSamples, slug + ".json")).TrimEnd().ReplaceLineEndings("\n"),
            page.GetElementById("definition")!.TextContent.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("no-such-sample")]
    [InlineData("../appsettings")]
    [InlineData("Register-A-Birth")]
    public async Task Get_WithASampleThatDoesNotExist_Is404AndSaysSo(string slug)
    {
        using var visitor = site.NewVisitor();

        var (status, _, page) = await visitor.GetAsync(SampleLink.For(slug));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("There is no sample form by that name", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(SampleDefinition.Json.ReplaceLineEndings("\n"), page.GetElementById("definition")!.TextContent.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Download_ThePostedDefinition_ComesBackAsAFileNamedByItsSlug()
    {
        using var visitor = site.NewVisitor();
        var (_, _, page) = await visitor.GetAsync("/playground");
        var button = page.QuerySelector<IHtmlButtonElement>($"#playground-form button[formaction='{PlaygroundEndpoints.DownloadPath}']");
        const string unfinished = """{ "slug": "my-draft", "title": "Not finished", "pages": [ """;

        using var response = await PostAsync(visitor, page, unfinished);

        Assert.NotNull(button);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("my-draft.json", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(unfinished, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("""{ "slug": "../../etc/passwd" }""")]
    [InlineData("not json at all")]
    public async Task Download_WithoutASlugThatCanNameAFile_IsNamedForm(string definition)
    {
        using var visitor = site.NewVisitor();
        var (_, _, page) = await visitor.GetAsync("/playground");

        using var response = await PostAsync(visitor, page, definition);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("form.json", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task Download_WithoutTheAntiforgeryToken_Is400WithTheReason()
    {
        using var visitor = site.NewVisitor();

        var (status, _, page) = await visitor.PostAsync(PlaygroundEndpoints.DownloadPath, [KeyValuePair.Create("definition", SampleDefinition.Json)]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("did not come from this site", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_IsSetInAMonospaceFont()
    {
        using var visitor = site.NewVisitor();
        var (_, _, page) = await visitor.GetAsync("/playground");
        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        var css = await http.GetStringAsync("/site.css", TestContext.Current.CancellationToken);

        Assert.Contains("govdesign-playground__definition", page.GetElementById("definition")!.ClassName, StringComparison.Ordinal);
        Assert.Matches(@"\.govdesign-playground__definition\s*\{[^}]*font-family:[^;}]*monospace", css);
    }

    private static async Task<HttpResponseMessage> PostAsync(Visitor visitor, IDocument page, string definition)
    {
        var token = page.QuerySelector<IHtmlInputElement>("#playground-form input[type=hidden]")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, PlaygroundEndpoints.DownloadPath)
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create(token.Name!, token.Value), KeyValuePair.Create("definition", definition)]),
        };
        return await visitor.SendAsync(request);
    }
}
