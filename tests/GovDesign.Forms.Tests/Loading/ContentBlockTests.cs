using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>A page's content blocks (text, details, inset, warning) and the refusal of raw HTML in Markdown.</summary>
public sealed class ContentBlockTests
{
    [Fact]
    public void Load_EveryKindOfBlock_ReadsThemInOrder_WithTheirPlaces()
    {
        var form = TestForms.Load(TestForms.Form("""
            { "path": "size", "heading": "Your stall", "content": [
                "Plain **Markdown**.",
                { "type": "details", "summary": "Help with sizes", "text": "Measure the front." },
                { "type": "inset", "text": "Most stalls are 3 metres.", "beforeQuestion": "depth" },
                { "type": "warning", "text": "You can be fined for a wrong size." }
              ],
              "questions": [
                { "name": "width", "type": "number", "label": "Width", "subject": "the width" },
                { "name": "depth", "type": "number", "label": "Depth", "subject": "the depth" } ] }
            """));

        var content = form.FindPage("size")!.Content;

        Assert.Equal([ContentKind.Text, ContentKind.Details, ContentKind.Inset, ContentKind.Warning], content.Select(b => b.Kind));
        Assert.Equal("Help with sizes", content[1].Summary?.ToString());
        Assert.Equal([null, null, "depth", null], content.Select(b => b.BeforeQuestion));
    }

    [Theory]
    [InlineData("Area in m<sup>2</sup>", "<sup>", "write \"<sup>2</sup>\" as \"²\"")]
    [InlineData("This is <strong>important</strong>", "<strong>", "write \"<strong>important</strong>\" as \"**important**\"")]
    [InlineData("Read <a href=\"https://example.gov.uk/guide\">the guide</a>", "<a href=\"https://example.gov.uk/guide\">", "write the link as \"[the guide](https://example.gov.uk/guide)\"")]
    public void Load_RawHtmlInMarkdown_IsAnErrorAtTheText_WithTheMarkdownToWrite(string markdown, string tag, string suggestion)
    {
        var source = Marked.Parse(TestForms.Form(TestForms.Page("size", more: $$""", "heading": "Size", "content": [{ "type": "inset", "text": §"{{markdown.Replace("\"", "\\\"", StringComparison.Ordinal)}}" }]""")));

        var result = FormLoader.Load(source.Json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("markdown.html", DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("/pages/0/content/0/text", diagnostic.Pointer);
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains($"\"{tag}\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(suggestion, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RawHtmlInOneLanguage_PointsAtThatLanguage()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("size", more: """, "content": [{ "en": "Fine", "cy": "Iawn<br>" }]"""), """ "languages": ["en", "cy"], """));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "markdown.html");
        Assert.Equal("/pages/0/content/0/cy", diagnostic.Pointer);
    }

    [Fact]
    public void Load_HtmlInsideCode_IsNotRefused()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("size", more: """, "content": ["Type `<sup>` to see it"]""")));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "markdown.html");
    }

    [Fact]
    public void Load_StartPageMarkdownWithHtml_IsRefusedToo()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("size"), """ "start": { "content": "Costs <b>£5</b>" }, """));

        Assert.Equal("/start/content", Assert.Single(result.Diagnostics, d => d.Code == "markdown.html").Pointer);
    }

    [Fact]
    public void Load_BlockBeforeAQuestionNotOnThePage_IsAnErrorWithASuggestion()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("size", more: """, "content": [{ "type": "inset", "text": "Aside", "beforeQuestion": "sise" }]""")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("reference.question", "/pages/0/content/0/beforeQuestion"), (diagnostic.Code, diagnostic.Pointer));
        Assert.Contains("\"size\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DetailsWithoutSummary_IsAnError()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("size", more: """, "content": [{ "type": "details", "text": "More" }]""")));

        Assert.Equal("/pages/0/content/0", Assert.Single(result.Diagnostics, d => d.Code == "content.summary").Pointer);
    }

    [Fact]
    public void Load_WarningOfTwoParagraphs_IsAnError()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("size", more: """, "content": [{ "type": "warning", "text": "One.\n\nTwo." }]""")));

        Assert.Equal("/pages/0/content/0/text", Assert.Single(result.Diagnostics).Pointer);
    }
}
