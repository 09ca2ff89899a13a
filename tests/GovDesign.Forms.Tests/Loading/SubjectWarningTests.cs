using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>The warning for a question asked as a question with no subject to name its answer in error messages.</summary>
public sealed class SubjectWarningTests
{
    [Fact]
    public void Load_QuestionLabelWithoutSubject_WarnsAtTheLabelAndStillLoads()
    {
        var source = Marked.Parse(TestForms.Form("""
            { "path": "dob", "questions": [{ "name": "dob", "type": "date",
                "label": §{ "en": "What is your date of birth?", "cy": "Beth yw eich dyddiad geni?" } }] }
            """, """ "languages": ["en", "cy"], """));

        var result = FormLoader.Load(source.Json);

        Assert.NotNull(result.Form);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("question.subject", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("/pages/0/questions/0/label", diagnostic.Pointer);
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("need a 'subject' for their error messages, such as \"your date of birth\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuestionLabelWithANoteAfterTheQuestionMark_AlsoWarns()
    {
        var result = FormLoader.Load(TestForms.Form("""{ "path": "ni", "questions": [{ "name": "ni", "type": "nationalId", "optional": true, "label": "What is your National Insurance number? (optional)" }] }"""));

        Assert.Equal("question.subject", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData(""" "label": "Email address" """)]
    [InlineData(""" "label": "What is your email address?", "subject": "your email address" """)]
    public void Load_LabelThatNamesTheAnswerOrAQuestionWithASubject_HasNoDiagnostics(string members)
    {
        var result = FormLoader.Load(TestForms.Form($$"""{ "path": "email", "questions": [{ "name": "email", "type": "email", {{members}} }] }"""));

        Assert.Empty(result.Diagnostics);
    }
}
