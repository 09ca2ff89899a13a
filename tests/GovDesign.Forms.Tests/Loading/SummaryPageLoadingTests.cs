using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>A page's <c>summary</c>: the sections it shows, and the diagnostics for each misuse.</summary>
public sealed class SummaryPageLoadingTests
{
    private const string Sections = """ "sections": [{ "id": "about-you", "title": "About you" }, { "id": "your-address", "title": "Your address" }], """;

    private static string Form(string summary, string after = "") => TestForms.Form(string.Join(",\n", [
        TestForms.Page("name", more: """, "section": "about-you" """),
        TestForms.Page("address", more: """, "section": "your-address" """),
        summary,
        TestForms.Page("email", "email"),
        .. after.Length == 0 ? Array.Empty<string>() : [after],
    ]), Sections);

    [Fact]
    public void Load_SummaryOfTwoSections_KeepsThemInTheOrderGiven()
    {
        var form = TestForms.Load(Form("""{ "path": "so-far", "heading": "Check your answers so far", "summary": { "sections": ["your-address", "about-you"] } }"""));

        var summary = form.FindPage("so-far")!.Summary;

        Assert.NotNull(summary);
        Assert.Equal(["your-address", "about-you"], summary.Sections.Select(s => s.Id));
        Assert.Null(form.FindPage("name")!.Summary);
    }

    [Fact]
    public void Load_SummaryNamingAnUnknownSection_IsAnErrorAtTheIdThatSuggestsTheNearest()
    {
        var diagnostic = Only(Form("""{ "path": "so-far", "heading": "So far", "summary": { "sections": ["about-you", §"your-adress"] } }"""),
            "reference.section", "/pages/2/summary/sections/1");

        Assert.Contains("your-address", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SummaryWithAnEmptyListOfSections_IsAnErrorAtTheListThatNamesTheFormsSections()
    {
        var diagnostic = Only(Form("""{ "path": "so-far", "heading": "So far", "summary": { "sections": §[] } }"""),
            "summary.noSections", "/pages/2/summary/sections");

        Assert.Contains("\"about-you\", \"your-address\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SummaryWithoutSections_IsAnErrorAtTheSummary()
    {
        Only(Form("""{ "path": "so-far", "heading": "So far", "summary": §{} }"""), "summary.noSections", "/pages/2/summary");
    }

    [Fact]
    public void Load_SummaryInAFormWithoutSections_SaysToDefineThem()
    {
        var diagnostic = Only(TestForms.Form(TestForms.Page("name") + """, { "path": "so-far", "heading": "So far", "summary": { "sections": §[] } }"""),
            "summary.noSections", "/pages/1/summary/sections");

        Assert.Contains("no sections yet", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SummaryThatAlsoAsksAQuestion_IsAnErrorAtTheSummary()
    {
        var diagnostic = Only(Form("""{ "path": "so-far", "heading": "So far", "summary": §{ "sections": ["about-you"] }, "questions": [{ "name": "extra", "type": "text", "label": "Extra", "subject": "extra" }] }"""),
            "summary.withQuestions", "/pages/2/summary");

        Assert.Contains("\"so-far\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SummaryBeforeItsSectionsPages_WarnsAtTheSectionAndStillLoads()
    {
        OnlyWarning(TestForms.Form(string.Join(",\n", [
            TestForms.Page("name", more: """, "section": "about-you" """),
            """{ "path": "so-far", "heading": "So far", "summary": { "sections": ["about-you", §"your-address"] } }""",
            TestForms.Page("address", more: """, "section": "your-address" """),
        ]), Sections), "summary.nothingBefore", "/pages/1/summary/sections/1");
    }

    [Fact]
    public void Load_SummaryWithAnUnknownSetting_IsASchemaErrorAtTheKey()
    {
        var result = FormLoader.Load(Form("""{ "path": "so-far", "heading": "So far", "summary": { "sections": ["about-you"], "title": "x" } }"""));

        Assert.Null(result.Form);
        Assert.Contains(result.Diagnostics, d => d.Pointer == "/pages/2/summary/title" && d.Code.StartsWith("schema.", StringComparison.Ordinal));
    }
}
