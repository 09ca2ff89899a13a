using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>The form's <c>saveAndReturn</c>: true, or an object naming the email question that fills in the address.</summary>
public sealed class SaveAndReturnSettingTests
{
    private static string With(string setting, string pages = "") =>
        TestForms.Form(pages.Length > 0 ? pages : TestForms.Page("email", "email"), $$""" "saveAndReturn": {{setting}}, """);

    [Fact]
    public void Load_True_OffersSaveAndReturnWithoutAQuestion()
    {
        var settings = TestForms.Load(With("true")).SaveAndReturn;

        Assert.NotNull(settings);
        Assert.Null(settings.EmailQuestion);
    }

    [Fact]
    public void Load_FalseOrNotGiven_DoesNotOfferIt()
    {
        Assert.Null(TestForms.Load(With("false")).SaveAndReturn);
        Assert.Null(TestForms.Load(TestForms.Form(TestForms.Page("a"))).SaveAndReturn);
    }

    [Fact]
    public void Load_ObjectWithEmailQuestion_KeepsTheQuestion()
    {
        Assert.Equal("email", TestForms.Load(With("""{ "emailQuestion": "email" }""")).SaveAndReturn?.EmailQuestion);
    }

    [Fact]
    public void Load_EmptyObject_OffersItWithoutAQuestion()
    {
        var settings = TestForms.Load(With("{ }")).SaveAndReturn;

        Assert.NotNull(settings);
        Assert.Null(settings.EmailQuestion);
    }

    [Fact]
    public void Load_EmailQuestionThatDoesNotExist_IsAnErrorAtTheNameThatSuggestsTheEmailQuestion()
    {
        var diagnostic = Only(With("""{ "emailQuestion": §"e-mail" }"""), "saveAndReturn.emailQuestion", "/saveAndReturn/emailQuestion");

        Assert.Contains("\"e-mail\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("such as \"email\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmailQuestionOfAnotherKind_IsAnErrorThatSaysItMustBeEmail()
    {
        var diagnostic = Only(With("""{ "emailQuestion": §"name" }""", TestForms.Page("name")), "saveAndReturn.emailQuestion", "/saveAndReturn/emailQuestion");

        Assert.Contains("is a text question", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmailQuestionOnAnAddAnotherPage_IsAnErrorThatSaysWhy()
    {
        var pages = TestForms.Page("contacts", "email", more: """, "repeat": { "max": 3 }""", question: "contact") + ", " + TestForms.Page("a");
        var diagnostic = Only(With("""{ "emailQuestion": §"contact" }""", pages), "saveAndReturn.emailQuestion", "/saveAndReturn/emailQuestion");

        Assert.Contains("add-another page", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AString_IsASchemaErrorThatSaysWhatIsExpected()
    {
        var diagnostic = Only(With("§\"yes\""), "schema.type", "/saveAndReturn");

        Assert.Contains("true or false or an object with options", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownOption_IsASchemaErrorAtTheOption()
    {
        var diagnostic = Assert.Single(FormLoader.Load(With("""{ "linkLifetime": 7 }""")).Diagnostics);

        Assert.Equal("/saveAndReturn/linkLifetime", diagnostic.Pointer);
        Assert.Equal("schema.additionalProperties", diagnostic.Code);
    }

    [Fact]
    public void Load_PageAtThePathTheRunnerUses_IsAnError()
    {
        Only(TestForms.Form("""{ "path": §"save-and-return", "questions": [{ "name": "a", "type": "text", "label": "A?", "subject": "a" }] }"""),
            "page.reservedPath", "/pages/0/path");
    }

    [Fact]
    public void Load_TrueOnAFormWithoutQuestionPages_WarnsAtTheKey()
    {
        var source = Marked.Parse(TestForms.Form("""{ "path": "info", "heading": "Before you start", "content": [ "Read this." ] }""", """§"saveAndReturn": true, """));
        var result = FormLoader.Load(source.Json);

        var warning = Assert.Single(result.Diagnostics);
        Assert.NotNull(result.Form);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("saveAndReturn.noQuestionPages", warning.Code);
        Assert.Equal((source.Line, source.Column), (warning.Line, warning.Column));
    }
}
