using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>The loader proves every answer placeholder's question is answered wherever the text is shown, or has a fallback.</summary>
public sealed class AnswerPlaceholderTests
{
    private const string Pets = """{ "path": "pets", "questions": [{ "name": "pets", "type": "yesNo", "label": "Do you have pets?", "subject": "yes if you have pets" }] }""";
    private const string PetName = """{ "path": "pet-name", "showIf": { "question": "pets", "operator": "equals", "value": "yes" }, "questions": [{ "name": "pet-name", "type": "text", "label": "Pet name", "subject": "the name" }] }""";

    [Fact]
    public void Load_QuestionAnsweredOnEveryPath_LoadsWithoutDiagnostics()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("name") + """, { "path": "next", "heading": "Hello {{ name }}", "caption": "For {{ name }}", "content": ["Thanks, **{{ name }}**", { "type": "details", "summary": "About {{ name }}", "text": "More" }] }""",
            """ "confirmation": { "heading": "Sent for {{ name }}", "content": "We will write to {{ name }}." }, "checkAnswers": { "heading": "Check, {{ name }}" }, """));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_UnknownQuestion_IsAnErrorWithASuggestion()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form(TestForms.Page("name") + """, { "path": "next", "heading": §"Hello {{ nmae }}" }"""), "placeholder.unknownQuestion", "/pages/1/heading");

        Assert.Contains("Did you mean \"name\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuestionOnAPageThatCanBeSkipped_NeedsAFallback()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form(Pets + "," + PetName + """, { "path": "thanks", "heading": §"Thanks, {{ pet-name }}" }"""), "placeholder.notAnswered", "/pages/2/heading");

        Assert.Contains("can be skipped", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("{{ pet-name | \"your answer\" }}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuestionOnAPageThatCanBeSkipped_WithAFallback_Loads()
    {
        var result = FormLoader.Load(TestForms.Form(Pets + "," + PetName + """, { "path": "thanks", "heading": "Thanks, {{ pet-name | \"friend\" }}" }"""));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Load_QuestionSkippedByANextRule_AtTheEnd_NeedsAFallback()
    {
        var pets = Pets.Replace("}] }", """}], "next": [{ "when": { "question": "pets", "operator": "equals", "value": "no" }, "to": "check-answers" }] }""", StringComparison.Ordinal);

        SingleDiagnostic.Only(TestForms.Form(pets + "," + TestForms.Page("pet-name"), """ "confirmation": { "content": §"We will write about {{ pet-name }}" }, """), "placeholder.notAnswered", "/confirmation/content");
    }

    [Fact]
    public void Load_QuestionOnALaterPage_IsAnError()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form("""{ "path": "first", "heading": §"Hello {{ name }}" }, """ + TestForms.Page("name")), "placeholder.notAnswered", "/pages/0/heading");

        Assert.Contains("comes later", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuestionOnTheSamePage_IsAnError()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form("""{ "path": "name", "questions": [{ "name": "name", "type": "text", "label": "Name", "subject": "your name", "hint": §"We call you {{ name }}" }] }"""), "placeholder.notAnswered", "/pages/0/questions/0/hint");

        Assert.Contains("this same page", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OptionalQuestion_NeedsAFallback()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form("""{ "path": "nick", "questions": [{ "name": "nick", "type": "text", "optional": true, "label": "Nickname", "subject": "your nickname" }] }, { "path": "hi", "content": [§"Hi {{ nick }}"], "heading": "Hi" }"""), "placeholder.notAnswered", "/pages/1/content/0");

        Assert.Contains("optional", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuestionOnAnAddAnotherPage_IsAnErrorEvenWithAFallback()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form("""
            { "path": "children", "heading": "Add a child", "repeat": { "min": 1, "max": 3, "itemName": "child", "itemNamePlural": "children" },
              "questions": [{ "name": "child-name", "type": "text", "label": "Name", "subject": "the name" }] },
            { "path": "done", "heading": §"Thanks {{ child-name | \"parent\" }}" }
            """), "placeholder.repeated", "/pages/1/heading");

        Assert.Contains("once for each item", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello {{ Name }}")]
    [InlineData("Hello {{ name | you }}")]
    public void Load_MalformedPlaceholder_IsASyntaxError(string heading) =>
        SingleDiagnostic.Only(TestForms.Form(TestForms.Page("name") + $$""", { "path": "next", "heading": §"{{heading}}" }"""), "placeholder.syntax", "/pages/1/heading");

    [Fact]
    public void Load_PlaceholderInALabel_IsRefused() =>
        SingleDiagnostic.Only(TestForms.Form(TestForms.Page("name") + """, { "path": "next", "questions": [{ "name": "age", "type": "number", "label": §"How old is {{ name }}?", "subject": "the age" }] }"""), "placeholder.notHere", "/pages/1/questions/0/label");

    [Fact]
    public void Load_PlaceholderOnTheStartPage_IsRefused() =>
        SingleDiagnostic.Only(TestForms.Form(TestForms.Page("name"), """ "start": { "content": §"Hello {{ name }}" }, """), "placeholder.notHere", "/start/content");

    [Fact]
    public void Load_ProblemInOneLanguage_PointsAtThatLanguage() =>
        SingleDiagnostic.Only(TestForms.Form(TestForms.Page("name") + """, { "path": "next", "heading": { "en": "Hello {{ name }}", "cy": §"Helo {{ enw }}" } }""", """ "languages": ["en", "cy"], """), "placeholder.unknownQuestion", "/pages/1/heading/cy");

    [Fact]
    public void Load_PlaceholderInALinkAddress_IsRefused() =>
        SingleDiagnostic.Only(TestForms.Form(TestForms.Page("name") + """, { "path": "next", "heading": "Next", "content": [§"See [your page](https://example.gov.uk/{{ name }})"] }"""), "placeholder.inLink", "/pages/1/content/0");
}
