using GovDesign.Forms.Loading;
using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>A page's cross-field rules as the loader reads them, and each misuse it reports.</summary>
public sealed class PageRuleLoadingTests
{
    private const string Contact = """
        { "path": "contact", "heading": "Contact",
          "questions": [
            { "name": "phone", "type": "phone", "optional": true, "label": "Phone", "subject": "your phone number" },
            { "name": "email", "type": "email", "optional": true, "label": "Email", "subject": "your email address" },
            { "name": "home", "type": "ukAddress", "optional": true, "label": "Address", "subject": "your address" } ],
          "rules": [ RULE ] }
        """;

    private const string Dates = """
        { "path": "begin", "questions": [{ "name": "start-date", "type": "date", "label": "Start date", "subject": "the start date" }] },
        { "path": "pets", "questions": [{ "name": "pets", "type": "yesNo", "label": "Do you have pets?", "subject": "yes if you have pets" }] },
        { "path": "pet-date", "showIf": { "question": "pets", "operator": "equals", "value": "yes" }, "questions": [{ "name": "pet-date", "type": "date", "label": "Pet date", "subject": "the pet date" }] },
        { "path": "costs", "heading": "Costs",
          "questions": [
            { "name": "end-date", "type": "date", "label": "End date", "subject": "the end date" },
            { "name": "birthday", "type": "date", "precision": "dayMonth", "label": "Birthday", "subject": "your birthday" },
            { "name": "rent", "type": "money", "label": "Rent", "subject": "your rent" },
            { "name": "note", "type": "text", "label": "Note", "subject": "the note" } ],
          "rules": [ RULE ] }
        """;

    private const string Message = "\"message\": { \"en\": \"Wrong\" }";

    [Fact]
    public void Load_EachKindOfRule_IsReadOntoItsPage()
    {
        var contact = TestForms.Load(TestForms.Form(Contact.Replace("RULE", $$"""{ "type": "atLeastOne", "questions": ["phone", "email"], {{Message}} }""", StringComparison.Ordinal)));
        var costs = TestForms.Load(TestForms.Form(Dates.Replace("RULE", $$"""
            { "type": "dateOrder", "question": "end-date", "after": "start-date", "offset": "+1m", "orSameDay": true, {{Message}} },
            { "type": "sumAtMost", "questions": ["rent"], "limit": 900, {{Message}} }
            """, StringComparison.Ordinal)));

        var any = Assert.IsType<AtLeastOneRule>(Assert.Single(contact.FindPage("contact")!.Rules));
        Assert.Equal(["phone", "email"], any.Of);
        Assert.Equal("phone", any.Field);
        var rules = costs.FindPage("costs")!.Rules;
        var order = Assert.IsType<DateOrderRule>(rules[0]);
        Assert.Equal(("end-date", "start-date", true, true, "end-date"), (order.Date, order.Other, order.After, order.OrSameDay, order.Field));
        var sum = Assert.IsType<SumRule>(rules[1]);
        Assert.Equal((900m, true, "rent"), (sum.Limit, sum.AtMost, sum.Field));
    }

    [Fact]
    public void Load_UnknownQuestion_IsAnErrorWithASuggestion()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form(Contact.Replace("RULE", $$"""{ "type": "atLeastOne", "questions": ["phone", §"emial"], {{Message}} }""", StringComparison.Ordinal)), "rule.unknownQuestion", "/pages/0/rules/0/questions/1");

        Assert.Contains("Did you mean \"email\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SumOfATextQuestion_IsAWrongKind()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form(Dates.Replace("RULE", $$"""{ "type": "sumAtLeast", "questions": ["rent", §"note"], "limit": 5, {{Message}} }""", StringComparison.Ordinal)), "rule.answerKind", "/pages/3/rules/0/questions/1");

        Assert.Contains("number or money", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DateOrderWithADayAndMonthDate_IsAWrongKind()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form(Dates.Replace("RULE", $$"""{ "type": "dateOrder", "question": "end-date", "before": §"birthday", {{Message}} }""", StringComparison.Ordinal)), "rule.answerKind", "/pages/3/rules/0/before");

        Assert.Contains("date (dayMonth)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DateOrderWithADateOnAPageThatCanBeSkipped_CannotSeeIt()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form(Dates.Replace("RULE", $$"""{ "type": "dateOrder", "question": "end-date", "after": §"pet-date", {{Message}} }""", StringComparison.Ordinal)), "rule.notSeen", "/pages/3/rules/0/after");

        Assert.Contains("can be skipped", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DateOrderCheckingADateOnAnotherPage_IsAnError() =>
        SingleDiagnostic.Only(TestForms.Form(Dates.Replace("RULE", $$"""{ "type": "dateOrder", "question": §"start-date", "before": "end-date", {{Message}} }""", StringComparison.Ordinal)), "rule.otherPage", "/pages/3/rules/0/question");

    [Fact]
    public void Load_DateOrderWithNeitherAfterNorBefore_IsAnError() =>
        SingleDiagnostic.Only(TestForms.Form(Dates.Replace("RULE", $$"""§{ "type": "dateOrder", "question": "end-date", {{Message}} }""", StringComparison.Ordinal)), "rule.dateOrder", "/pages/3/rules/0");

    [Fact]
    public void Load_SumOfQuestionsOnlyOnEarlierPages_HasNowhereToShowItsError()
    {
        var form = Dates.Replace("RULE", $$"""{ "type": "sumAtMost", "questions": ["rent"], "limit": 5, {{Message}} }""", StringComparison.Ordinal)
            + """, { "path": "more", "heading": "More", "questions": [{ "name": "more", "type": "money", "label": "More", "subject": "more" }], "rules": [{ "type": "sumAtMost", "questions": §["rent"], "limit": 5, "message": "Too much" }] }""";

        SingleDiagnostic.Only(TestForms.Form(form), "rule.notOnPage", "/pages/4/rules/0/questions");
    }

    [Fact]
    public void Load_AtLeastOneWithAQuestionOnAnotherPage_IsAnError()
    {
        var form = """{ "path": "fax", "questions": [{ "name": "fax", "type": "phone", "optional": true, "label": "Fax", "subject": "your fax number" }] }""" + "," + Contact.Replace("RULE", $$"""{ "type": "atLeastOne", "questions": ["phone", §"fax"], {{Message}} }""", StringComparison.Ordinal);

        SingleDiagnostic.Only(TestForms.Form(form), "rule.otherPage", "/pages/1/rules/0/questions/1");
    }

    [Fact]
    public void Load_FieldNotAmongTheRulesQuestions_IsAnError()
    {
        var diagnostic = SingleDiagnostic.Only(TestForms.Form(Contact.Replace("RULE", $$"""{ "type": "atLeastOne", "questions": ["phone", "email"], "field": §"emal", {{Message}} }""", StringComparison.Ordinal)), "rule.field", "/pages/0/rules/0/field");

        Assert.Contains("Did you mean \"email\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ErrorLinkedToAnAddress_IsAnError() =>
        SingleDiagnostic.Only(TestForms.Form(Contact.Replace("RULE", $$"""{ "type": "atLeastOne", "questions": ["home", "email"], "field": §"home", {{Message}} }""", StringComparison.Ordinal)), "rule.field", "/pages/0/rules/0/field");

    [Fact]
    public void Load_AtLeastOneOfARequiredQuestion_WarnsThatItAlwaysHolds()
    {
        var source = Marked.Parse(TestForms.Form(Contact.Replace("\"optional\": true, \"label\": \"Phone\"", "\"label\": \"Phone\"", StringComparison.Ordinal)
            .Replace("RULE", $$"""{ "type": "atLeastOne", "questions": §["phone", "email"], {{Message}} }""", StringComparison.Ordinal)));

        var result = FormLoader.Load(source.Json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.Equal(("rule.alwaysHolds", DiagnosticSeverity.Warning, "/pages/0/rules/0/questions"), (diagnostic.Code, diagnostic.Severity, diagnostic.Pointer));
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_RulesOnAnAddAnotherPage_AreRefused() =>
        SingleDiagnostic.Only(TestForms.Form("""
            { "path": "stalls", "heading": "Add a stall", "repeat": { "min": 1, "max": 3, "itemName": "stall", "itemNamePlural": "stalls" },
              "questions": [{ "name": "width", "type": "number", "label": "Width", "subject": "the width" }],
              §"rules": [{ "type": "sumAtMost", "questions": ["width"], "limit": 9, "message": "Too wide" }] }
            """), "rule.repeat", "/pages/0/rules");

    [Fact]
    public void Load_UnknownRuleType_IsASchemaError()
    {
        var result = FormLoader.Load(TestForms.Form(Contact.Replace("RULE", $$"""{ "type": "atLeastTwo", "questions": ["phone", "email"], {{Message}} }""", StringComparison.Ordinal)));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Pointer.StartsWith("/pages/0/rules/0", StringComparison.Ordinal));
    }
}
