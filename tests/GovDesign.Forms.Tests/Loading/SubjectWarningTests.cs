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

    [Theory]
    [InlineData(""" "type": "yesNo", "messages": { "required": "Select yes if you agree" } """)]
    [InlineData(""" "type": "singleChoice", "options": [{ "value": "a", "text": "A" }], "messages": { "required": "Select a colour" } """)]
    [InlineData(""" "type": "longText", "optional": true """)]
    [InlineData(""" "type": "text", "optional": true """)]
    [InlineData(""" "type": "text", "maxLength": 10, "messages": { "required": "Enter a code", "maxLength": "The code must be 10 characters or fewer" } """)]
    [InlineData(""" "type": "multipleChoice", "optional": true, "options": [{ "value": "a", "text": "A" }] """)]
    [InlineData(""" "type": "file", "messages": { "required": "Select your photo" } """)]
    [InlineData(""" "type": "ukAddress" """)]
    public void Load_QuestionThatCanShowNoDefaultMessageNamingTheAnswer_HasNoSubjectWarning(string members)
    {
        var result = FormLoader.Load(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "label": "What is it?", {{members}} }] }"""));

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData(""" "type": "text", "maxLength": 10, "messages": { "required": "Enter a code" } """, "or give your own 'messages' for maxLength.")]
    [InlineData(""" "type": "longText", "optional": true, "minLength": 5 """, "or give your own 'messages' for minLength.")]
    [InlineData(""" "type": "yesNo" """, "or give your own 'messages' for required.")]
    [InlineData(""" "type": "date", "messages": { "required": "Enter the date", "realDate": "x", "past": "x", "future": "x", "earliest": "x", "latest": "x" } """, "Add a 'subject'.")]
    [InlineData(""" "type": "multipleChoice", "optional": true, "options": [{ "value": "a", "text": "A" }, { "value": "none", "text": "None", "exclusive": true }] """, "Add a 'subject'.")]
    public void Load_QuestionWithADefaultMessageNamingTheAnswer_WarnsAndSaysWhatWouldDo(string members, string advice)
    {
        var result = FormLoader.Load(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "label": "What is it?", {{members}} }] }"""));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("question.subject", diagnostic.Code);
        Assert.EndsWith(advice, diagnostic.Message, StringComparison.Ordinal);
    }
}
