using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>XGov content components as GovDesign content blocks, their HTML as Markdown.</summary>
public sealed class ContentImportTests
{
    private const string Question = """{ "type": "TextField", "name": "reference", "title": "Reference", "options": {}, "schema": {} }""";

    private static JsonArray Content(JsonObject definition) => (JsonArray)definition.Pages()[0]!["content"]!;

    [Fact]
    public void Import_ParaWithHtml_WritesMarkdownWithNoHtml()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "Para", "name": "intro", "content": "<h2 class=\"govuk-heading-m\">Before you start</h2><p>You <strong>must</strong> read the <a href=\"https://example.gov.uk/rules\">rules</a>.</p><ul><li>one</li><li>two</li></ul>", "options": {} }, """ + Question));

        Assert.Equal("## Before you start\n\nYou **must** read the [rules](https://example.gov.uk/rules).\n\n- one\n- two", (string?)Content(definition)[0]);
    }

    [Fact]
    public void Import_Details_WritesDetailsBlockWithSummary()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "Details", "name": "help", "title": "Help with the reference", "content": "<p>It is on your letter.</p>", "options": {} }, """ + Question));

        var block = (JsonObject)Content(definition)[0]!;
        Assert.Equal("details", (string?)block["type"]);
        Assert.Equal("Help with the reference", (string?)block["summary"]);
        Assert.Equal("It is on your letter.", (string?)block["text"]);
    }

    [Fact]
    public void Import_InsetText_WritesInsetBlock()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "InsetText", "name": "note", "content": "It takes 5 minutes.", "options": {} }, """ + Question));

        Assert.Equal("inset", (string?)Content(definition)[0]!["type"]);
    }

    [Fact]
    public void Import_HtmlWithWarningText_WritesWarningBlockWithoutItsHiddenPrefix()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "Html", "name": "warn", "content": "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>You can be fined.</strong></div>", "options": {} }, """ + Question));

        var block = (JsonObject)Content(definition)[0]!;
        Assert.Equal("warning", (string?)block["type"]);
        Assert.Equal("**You can be fined.**", (string?)block["text"]);
    }

    [Fact]
    public void Import_ContentBetweenQuestions_IsShownAboveTheNextQuestion()
    {
        var (definition, _) = XGov.Import(XGov.OnePage(Question + """, { "type": "Para", "name": "between", "content": "Now your address.", "options": {} }, { "type": "TextField", "name": "town", "title": "Town", "options": {}, "schema": {} }"""));

        var block = (JsonObject)Content(definition)[0]!;
        Assert.Equal("text", (string?)block["type"]);
        Assert.Equal("town", (string?)block["beforeQuestion"]);
    }

    [Fact]
    public void Import_ContentAfterTheLastQuestion_IsApproximatedUnderTheHeading()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Question + """, { "type": "Para", "name": "after", "content": "Thank you.", "options": {} }"""));

        Assert.Equal("Thank you.", (string?)Content(definition)[0]);
        report.Entry(Outcome.Approximated, "/pages/0/components");
    }

    [Fact]
    public void Import_Sidebar_IsDropped()
    {
        var (_, report) = XGov.Import(XGov.OnePage("""{ "type": "Sidebar", "name": "side", "content": "Related", "options": {} }, """ + Question));

        Assert.Equal("component Sidebar", report.Entry(Outcome.Dropped, "/pages/0/components/0").Topic);
    }

    [Fact]
    public void Import_ContentWithTemplateTags_IsApproximatedAndShownAsWritten()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "Html", "name": "hello", "content": "<p>Hello {{ name }}</p>", "options": {} }, """ + Question));

        // Escaped, so the runner shows the braces rather than read them as an answer in the text.
        Assert.Equal("Hello \\{\\{ name \\}\\}", (string?)Content(definition)[0]);
        report.Entry(Outcome.Approximated, "/pages/0/components/0");
    }

    [Fact]
    public void Import_TitleWithTemplateTags_ShowsAnAnswerOfAnotherPageAndTheWordsOfAnyOtherTag()
    {
        const string Pages = """
            [{ "path": "/first", "title": "Region", "components": [{ "type": "TextField", "name": "HPT", "title": "Your region", "options": {}, "schema": {} }], "next": [{ "path": "/second" }] },
             { "path": "/second", "title": "Not available in {{ HPT }} for {{ postcodeLookup }}", "components": [{ "type": "Para", "name": "p", "content": "<p>Phone us.</p>", "options": {} }], "next": [] }]
            """;

        var (definition, report) = XGov.Import(XGov.Form(Pages));

        Assert.Equal("Not available in {{ hpt | \"HPT\" }} for postcodeLookup", (string?)definition.Pages()[1]!["heading"]);
        Assert.Equal("title with a template", report.Entry(Outcome.Approximated, "/pages/1/title").Topic);
    }

    [Fact]
    public void Import_ListComponent_WritesBulletsOfItsListItems()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "List", "name": "things", "title": "You will need", "list": "yn", "options": {} }, """ + Question, XGov.YesNoList));

        Assert.Equal("**You will need**\n\n- Yes\n- No", (string?)Content(definition)[0]);
    }

    [Theory]
    [InlineData("<p>Area in m<sup>2</sup></p>", "Area in m²")]
    [InlineData("<p>Use a &lt;b&gt; tag</p>", "Use a \\<b\\> tag")]
    [InlineData("<p>Line one<br>Line two</p>", "Line one\\\nLine two")]
    [InlineData("<p><em>Note</em>: 5 * 3</p>", "*Note*: 5 \\* 3")]
    [InlineData("<a href=\"/start\" role=\"button\" class=\"govuk-button\">Start now</a><p>Text</p>", "Text")]
    public void Convert_Html_WritesMarkdownTheLoaderAccepts(string html, string markdown)
    {
        Assert.Equal(markdown, Assert.Single(HtmlToMarkdown.Convert(html)).Markdown);
    }

    [Fact]
    public void PlainText_HintWithTags_KeepsOnlyTheText()
    {
        Assert.Equal("For example, see your letter", HtmlToMarkdown.PlainText("For example, <a href=\"#\">see your letter</a>"));
    }
}
