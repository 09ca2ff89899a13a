using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>Questions revealed under an option (<c>conditional</c>): how they load, and each place the loader refuses them.</summary>
public sealed class ConditionalRevealLoadingTests
{
    /// <summary>A page asking how to contact the citizen, with <paramref name="email"/> as the email option's extra JSON.</summary>
    private static string Contact(string email, string type = "singleChoice", string more = "") => $$"""
        { "path": "contact"{{more}}, "questions": [{ "name": "contact", "type": "{{type}}", "label": "Contact method",
            "options": [
              { "value": "email", "text": "Email"{{email}} },
              { "value": "post", "text": "Post" } ] }] }
        """;

    private const string EmailQuestion = """, "conditional": [{ "name": "email", "type": "email", "label": "Email address" }]""";

    [Fact]
    public void Load_OptionWithConditional_RevealsItsQuestions_UnderTheOption()
    {
        var form = TestForms.Load(TestForms.Form(Contact(EmailQuestion)));

        var contact = form.FindQuestion("contact")!;
        var email = form.FindQuestion("email")!;

        Assert.Same(email, Assert.Single(contact.Options[0].Conditional));
        Assert.Empty(contact.Options[1].Conditional);
        Assert.Equal(new RevealedUnder("contact", "email"), email.RevealedUnder);
        Assert.Equal("/pages/0/questions/0/options/0/conditional/0", email.Pointer);
        Assert.Equal(["contact", "email"], form.Pages[0].AllQuestions.Select(q => q.Name));
        Assert.Equal(["contact"], form.Pages[0].Questions.Select(q => q.Name));
    }

    [Fact]
    public void Load_ConditionOnARevealedQuestion_Compiles()
    {
        var result = FormLoader.Load(TestForms.Form(Contact(EmailQuestion) + "," + TestForms.Page("b", more: """, "showIf": { "question": "email", "operator": "answered" }""")));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
    }

    [Fact]
    public void Load_RevealedQuestionNamedLikeAnother_PointsAtTheSecondName()
    {
        Only(TestForms.Form(TestForms.Page("email") + ",\n" + Contact(""", "conditional": [{ "name": §"email", "type": "email", "label": "Email address" }]""")),
            "question.duplicateName", "/pages/1/questions/0/options/0/conditional/0/name");
    }

    [Fact]
    public void Load_ConditionalInAnOptionList_IsAnErrorAtTheConditional()
    {
        var json = TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "singleChoice", "label": "A", "options": "methods" }] }""",
            """ "optionLists": { "methods": [{ "value": "email", "text": "Email", §"conditional": [{ "name": "email", "type": "email", "label": "Email address" }] }] }, """);

        Only(json, "option.conditionalInList", "/optionLists/methods/0/conditional");
    }

    [Fact]
    public void Load_RevealedQuestionThatRevealsMore_IsAnErrorAtTheInnerConditional()
    {
        var inner = """, "conditional": [{ "name": "kind", "type": "singleChoice", "label": "Kind", "options": [{ "value": "work", "text": "Work", §"conditional": [{ "name": "work", "type": "email", "label": "Work email" }] }] }]""";

        Only(TestForms.Form(Contact(inner)), "option.conditionalNested", "/pages/0/questions/0/options/0/conditional/0/options/0/conditional");
    }

    [Fact]
    public void Load_RevealUnderASelect_IsAnErrorAtTheConditional()
    {
        var json = TestForms.Form($$"""
            { "path": "contact", "questions": [{ "name": "contact", "type": "singleChoice", "label": "Contact method", "display": "select",
                "options": [{ "value": "email", "text": "Email", §"conditional": [{ "name": "email", "type": "email", "label": "Email address" }] }] }] }
            """);

        var diagnostic = Only(json, "option.conditionalSelect", "/pages/0/questions/0/options/0/conditional");

        Assert.Contains("\"display\": \"radios\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RevealOnAnAddAnotherPage_IsAnErrorAtTheConditional()
    {
        var json = TestForms.Form("""
            { "path": "contacts", "heading": "Contacts", "repeat": { "min": 1, "max": 3 }, "questions": [{ "name": "contact", "type": "singleChoice", "label": "Contact method",
                "options": [{ "value": "email", "text": "Email", §"conditional": [{ "name": "email", "type": "email", "label": "Email address" }] }] }] }
            """);

        Only(json, "option.conditionalRepeat", "/pages/0/questions/0/options/0/conditional");
    }

    [Fact]
    public void Load_RevealedFileQuestion_IsAnErrorAtItsType()
    {
        Only(TestForms.Form(Contact(""", "conditional": [{ "name": "photo", "type": §"file", "label": "Photo" }]""")), "option.conditionalFile", "/pages/0/questions/0/options/0/conditional/0/type");
    }

    [Fact]
    public void Load_EmptyConditional_IsASchemaErrorAtIt()
    {
        Only(TestForms.Form(Contact(""", "conditional": §[]""")), "schema.minItems", "/pages/0/questions/0/options/0/conditional");
    }

    [Fact]
    public void Load_RevealedQuestionUnderACheckbox_Loads()
    {
        var form = TestForms.Load(TestForms.Form(Contact(EmailQuestion, "multipleChoice")));

        Assert.Equal("email", form.FindQuestion("email")?.RevealedUnder?.Option);
    }
}
