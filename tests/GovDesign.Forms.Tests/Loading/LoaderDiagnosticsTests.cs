using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>
/// Diagnostics of what the form means: references, conditions, the journey's flow, languages and
/// settings that cannot work together, each checking the code, the pointer and the position.
/// </summary>
public sealed class LoaderDiagnosticsTests
{
    [Fact]
    public void Load_DuplicatePagePath_PointsAtTheSecondPath()
    {
        Only(TestForms.Form(TestForms.Page("a") + ",\n" + """{ "path": §"a", "questions": [{ "name": "b", "type": "text", "label": "B" }] }"""), "page.duplicatePath", "/pages/1/path");
    }

    [Fact]
    public void Load_DuplicateQuestionName_PointsAtTheSecondName()
    {
        Only(TestForms.Form(TestForms.Page("a") + ",\n" + """{ "path": "b", "questions": [{ "name": §"a", "type": "text", "label": "B" }] }"""), "question.duplicateName", "/pages/1/questions/0/name");
    }

    [Fact]
    public void Load_ConditionOnUnknownQuestion_PointsAtTheQuestionName()
    {
        var diagnostic = Only(TestForms.Form(TestForms.Page("age", "number") + ",\n" + TestForms.Page("b", more: """, "showIf": { "question": §"agee", "operator": "atLeast", "value": 18 }""")), "reference.question", "/pages/1/showIf/question");

        Assert.Contains("Did you mean \"age\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NextRuleToUnknownPage_PointsAtTheTarget()
    {
        Only(TestForms.Form(TestForms.Page("a", more: """, "next": [{ "to": §"nowhere" }]""") + "," + TestForms.Page("b")), "reference.page", "/pages/0/next/0/to");
    }

    [Fact]
    public void Load_UnknownOptionList_PointsAtTheOptions()
    {
        Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "singleChoice", "label": "A", "options": §"colours" }] }"""), "reference.optionList", "/pages/0/questions/0/options");
    }

    [Fact]
    public void Load_UnknownNamedCondition_PointsAtTheRef()
    {
        Only(TestForms.Form(TestForms.Page("a") + "," + TestForms.Page("b", more: """, "showIf": { "ref": §"adult" }""")), "reference.condition", "/pages/1/showIf/ref");
    }

    [Fact]
    public void Load_UnknownSection_PointsAtTheSection()
    {
        Only(TestForms.Form("""{ "path": "a", "section": §"about", "questions": [{ "name": "a", "type": "text", "label": "A" }] }"""), "reference.section", "/pages/0/section");
    }

    [Fact]
    public void Load_OperatorNotFittingTheQuestion_ListsTheOperatorsThatFit()
    {
        var diagnostic = Only(TestForms.Form(TestForms.Page("a", "yesNo") + "," + TestForms.Page("b", more: """, "showIf": { "question": "a", "operator": §"greaterThan", "value": 3 }""")), "condition.operator", "/pages/1/showIf/operator");

        Assert.Contains("equals, notEquals, in, answered", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValueNotAnOption_PointsAtTheValue()
    {
        var choice = """{ "path": "a", "questions": [{ "name": "a", "type": "singleChoice", "label": "A", "options": [{ "value": "red", "text": "Red" }] }] }""";

        Only(TestForms.Form(choice + "," + TestForms.Page("b", more: """, "showIf": { "question": "a", "operator": "equals", "value": §"blue" }""")), "condition.value", "/pages/1/showIf/value");
    }

    [Fact]
    public void Load_BadRelativeDate_PointsAtTheValue()
    {
        Only(TestForms.Form(TestForms.Page("a", "date") + "," + TestForms.Page("b", more: """, "showIf": { "question": "a", "operator": "before", "value": §"18 years ago" }""")), "condition.value", "/pages/1/showIf/value");
    }

    [Fact]
    public void Load_NamedConditionsReferringToEachOther_ReportTheCycle()
    {
        var conditions = """ "conditions": { "x": { "ref": "y" }, "y": { "not": { "ref": §"x" } } }, """;

        Only(TestForms.Form(TestForms.Page("a"), conditions), "condition.cycle", "/conditions/y/not/ref");
    }

    [Fact]
    public void Load_ConditionOnAnAddAnotherQuestion_IsRejected()
    {
        var repeat = TestForms.Page("items", more: """, "repeat": { "max": 3 }""");

        Only(TestForms.Form(repeat + "," + TestForms.Page("b", more: """, "showIf": { "question": §"items", "operator": "answered" }""")), "condition.repeatedQuestion", "/pages/1/showIf/question");
    }

    [Fact]
    public void Load_PageNoJourneyReaches_IsReported()
    {
        Only(TestForms.Form(TestForms.Page("a", more: """, "next": [{ "to": "check-answers" }]""") + ",\n" + "§" + TestForms.Page("b")), "page.unreachable", "/pages/1");
    }

    [Fact]
    public void Load_LoopWithNoWayOut_IsReportedOnceAtTheRuleThatGoesBack()
    {
        var diagnostic = Only(TestForms.Form(TestForms.Page("a") + ",\n" + TestForms.Page("b", more: """, "next": §[{ "to": "a" }]""")), "page.noWayOut", "/pages/1/next");

        Assert.StartsWith("The pages \"a\", \"b\" go round a loop with no way out", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LoopWithNoWayOutAfterOtherPages_IsReportedOnceNotOnEveryPageBeforeIt()
    {
        var pages = string.Join(",\n", TestForms.Page("first"), TestForms.Page("second"), TestForms.Page("a"), TestForms.Page("b"), TestForms.Page("c", more: """, "next": §[{ "to": "b" }]"""));

        var diagnostic = Only(TestForms.Form(pages), "page.noWayOut", "/pages/4/next");

        Assert.StartsWith("The pages \"b\", \"c\" go round a loop", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextMissingADeclaredLanguage_NamesTheLanguage()
    {
        var diagnostic = Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "text", "label": §{ "en": "Name", "cy": "Enw" } }] }""", "\"languages\": [\"en\", \"cy\", \"vi\"],"), "text.missingLanguage", "/pages/0/questions/0/label");

        Assert.Contains("Vietnamese", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextMissingALanguageOnTheConfirmationPage_StopsTheFormLoading()
    {
        Only(TestForms.Form(TestForms.Page("a"), "\"languages\": [\"en\", \"cy\"], \"confirmation\": { \"heading\": §{ \"en\": \"Sent\" } },"), "text.missingLanguage", "/confirmation/heading");
    }

    [Fact]
    public void Load_PageWithTwoQuestionsAndNoHeading_AsksForAHeading()
    {
        Only(TestForms.Form("""§{ "path": "a", "questions": [{ "name": "a", "type": "text", "label": "A" }, { "name": "b", "type": "text", "label": "B" }] }"""), "page.heading", "/pages/0");
    }

    [Fact]
    public void Load_ExitPageWithQuestions_IsRejected()
    {
        Only(TestForms.Form(TestForms.Page("a", more: """, "next": [{ "to": "stop" }]""") + ",\n" + """{ "path": "stop", "heading": "Stop", "exit": §true, "questions": [{ "name": "b", "type": "text", "label": "B" }] }"""), "page.exit", "/pages/1/exit");
    }

    [Fact]
    public void Load_RepeatMinimumAboveMaximum_IsRejected()
    {
        Only(TestForms.Form(TestForms.Page("a", more: """, "repeat": { "min": §5, "max": 2 }""")), "repeat.range", "/pages/0/repeat/min");
    }

    [Fact]
    public void Load_MinLengthAboveMaxLength_IsRejected()
    {
        Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "text", "label": "A", "minLength": §10, "maxLength": 5 }] }"""), "question.range", "/pages/0/questions/0/minLength");
    }

    [Fact]
    public void Load_InvalidRegularExpression_IsRejected()
    {
        Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "text", "label": "A", "pattern": §"[a-" }] }"""), "question.pattern", "/pages/0/questions/0/pattern");
    }

    [Fact]
    public void Load_ReferenceFormatWithTooFewRandomCharacters_IsRejected()
    {
        Only(TestForms.Form(TestForms.Page("a"), "\"reference\": §\"RB-{yyyy}-{random:2}\","), "reference.format", "/reference");
    }

    [Fact]
    public void Load_DuplicateOptionValue_PointsAtTheSecondValue()
    {
        Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "singleChoice", "label": "A", "options": [{ "value": "x", "text": "X" }, { "value": §"x", "text": "Y" }] }] }"""), "option.duplicateValue", "/pages/0/questions/0/options/1/value");
    }

    [Fact]
    public void Load_ManyProblems_ReportsThemAllInFileOrder()
    {
        var json = TestForms.Form("""{ "path": "a", "heding": "x", "questions": [{ "name": "a", "type": "dat", "label": "A" }] }, { "path": "a", "questions": [{ "name": "b", "type": "text", "label": "B" }], "next": [{ "to": "zz" }] }""");

        var result = FormLoader.Load(json);

        Assert.Equal(["schema.additionalProperties", "schema.const", "page.duplicatePath", "reference.page"], result.Diagnostics.Select(d => d.Code));
        Assert.True(result.Diagnostics.Zip(result.Diagnostics.Skip(1)).All(p => p.First.Column <= p.Second.Column));
    }

    [Fact]
    public void Load_FileTypeThatCannotBeChecked_IsRejectedAtTheType()
    {
        var diagnostic = Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "file", "label": "A", "accept": ["application/pdf", §"video/mp4"] }] }"""), "question.accept", "/pages/0/questions/0/accept/1");

        Assert.Contains("\"video/mp4\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("application/pdf", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01", "2010-01-01")]
    [InlineData("-16y", "-120y")]
    public void Load_EarliestDateAfterLatest_IsRejected(string earliest, string latest)
    {
        Only(TestForms.Form($$"""{ "path": "a", "questions": [{ "name": "a", "type": "date", "label": "A", "earliest": §"{{earliest}}", "latest": "{{latest}}" }] }"""), "question.range", "/pages/0/questions/0/earliest");
    }

    [Fact]
    public void Load_AcceptedTypesAndDateLimitsThatCanWork_GiveNoDiagnostic()
    {
        var result = FormLoader.Load(TestForms.Form("""{ "path": "a", "heading": "A", "questions": [{ "name": "a", "type": "file", "label": "A", "accept": ["image/png", "image/jpeg"] }, { "name": "b", "type": "date", "label": "B", "earliest": "-120y", "latest": "2010-01" }] }"""));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Form);
    }
}
