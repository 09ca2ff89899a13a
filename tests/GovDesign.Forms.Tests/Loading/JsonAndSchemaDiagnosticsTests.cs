using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>
/// Diagnostics of the file itself: JSON syntax and what the schema allows (types, required and unknown
/// properties, enums, patterns, limits), each checking the code, the pointer and the position.
/// </summary>
public sealed class JsonAndSchemaDiagnosticsTests
{
    [Fact]
    public void Load_SyntaxError_ReportsTheLineAndColumnOfTheBadToken()
    {
        var diagnostic = Only("{\n  \"slug\": \"a\",\n  \"title\": §}\n}", "json.syntax", "");

        Assert.StartsWith("The file is not valid JSON", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NumberTooLargeForADouble_IsReportedNotThrown()
    {
        Only("{ \"slug\": \"a\",\n  \"title\": §1e400 }", "json.syntax", "");
    }

    [Fact]
    public void Load_ColumnAfterNonAsciiText_CountsCharactersNotBytes()
    {
        var result = FormLoader.Load("{ \"title\": \"Đăng ký\", \"slug\": \"x\", \"pages\": [], \"oops\": 1 }");

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == "schema.additionalProperties");
        Assert.Equal((1, 49), (unknown.Line, unknown.Column));
    }

    [Fact]
    public void Load_DuplicateKey_PointsAtTheSecondKey()
    {
        Only("{ \"slug\": \"a\", \"title\": \"T\",\n  §\"title\": \"U\",\n  \"pages\": [" + TestForms.Page("p") + "] }", "json.duplicateKey", "/title");
    }

    [Fact]
    public void Load_WrongType_PointsAtTheValue()
    {
        var diagnostic = Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "n", "type": "number", "label": "N", "min": §"3" }] }"""), "schema.type", "/pages/0/questions/0/min");

        Assert.Equal("Expected a number, found \"3\".", diagnostic.Message);
    }

    [Fact]
    public void Load_MissingRequiredProperty_PointsAtTheObject()
    {
        var diagnostic = Only("""{ "slug": "a", "title": "T", "pages": [ §{ "questions": [{ "name": "n", "type": "text", "label": "N" }] } ] }""", "schema.required", "/pages/0");

        Assert.Contains("\"path\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownProperty_PointsAtItsNameAndSuggestsTheNearest()
    {
        var diagnostic = Only(TestForms.Form("""{ "path": "a", §"heding": "A", "questions": [{ "name": "n", "type": "text", "label": "N" }] }"""), "schema.additionalProperties", "/pages/0/heding");

        Assert.Contains("Did you mean \"heading\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValueNotInEnum_ListsTheAllowedValues()
    {
        var diagnostic = Only(TestForms.Form(TestForms.Page("a"), "\"phase\": §\"gamma\","), "schema.enum", "/phase");

        Assert.Contains("\"alpha\", \"beta\", \"live\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownQuestionType_SuggestsTheNearestType()
    {
        var diagnostic = Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "n", "type": §"dat", "label": "N" }] }"""), "schema.const", "/pages/0/questions/0/type");

        Assert.Contains("Did you mean \"date\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PatternMismatch_ExplainsTheExpectedForm()
    {
        var diagnostic = Only(TestForms.Form("""{ "path": §"Your Name", "questions": [{ "name": "n", "type": "text", "label": "N" }] }"""), "schema.pattern", "/pages/0/path");

        Assert.Contains("lower-case letters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NumberBelowMinimum_PointsAtTheNumber()
    {
        Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "n", "type": "text", "label": "N", "maxLength": §0 }] }"""), "schema.minimum", "/pages/0/questions/0/maxLength");
    }

    [Fact]
    public void Load_EmptyPageList_ReportsMinItems()
    {
        Only("""{ "slug": "a", "title": "T", "pages": §[] }""", "schema.minItems", "/pages");
    }

    [Fact]
    public void Load_TextOfTheWrongShape_SaysWhatTextCanBe()
    {
        var diagnostic = Only(TestForms.Form(TestForms.Page("a")).Replace("\"title\": \"Test form\"", "\"title\": §42", StringComparison.Ordinal), "schema.type", "/title");

        Assert.Equal("Expected text (a string or an object of languages), found 42.", diagnostic.Message);
    }
}
