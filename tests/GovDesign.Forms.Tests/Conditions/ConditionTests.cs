using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;

namespace GovDesign.Forms.Tests.Conditions;

/// <summary>Conditions compiled from JSON and evaluated over answers, as a table: condition, answers, expected.</summary>
public sealed class ConditionTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly FormDefinition Form = TestForms.Load(TestForms.Form(string.Join(",", [
        TestForms.Page("name"),
        TestForms.Page("count", "number"),
        TestForms.Page("fee", "money"),
        TestForms.Page("born", "date"),
        """{ "path": "expiry", "questions": [{ "name": "expiry", "type": "date", "precision": "monthYear", "label": "E" }] }""",
        TestForms.Page("agree", "yesNo"),
        """{ "path": "colour", "questions": [{ "name": "colour", "type": "singleChoice", "label": "C", "options": [{ "value": "red", "text": "Red" }, { "value": "blue", "text": "Blue" }] }] }""",
        """{ "path": "goods", "questions": [{ "name": "goods", "type": "multipleChoice", "label": "G", "options": [{ "value": "food", "text": "Food" }, { "value": "toys", "text": "Toys" }] }] }""",
        TestForms.Page("address", "ukAddress"),
    ])));

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { """{ "question": "agree", "operator": "equals", "value": "yes" }""", "agree", "\"yes\"", true },
        { """{ "question": "agree", "operator": "equals", "value": "yes" }""", "agree", "\"no\"", false },
        { """{ "question": "agree", "operator": "notEquals", "value": "yes" }""", "agree", "\"no\"", true },
        { """{ "question": "agree", "operator": "notEquals", "value": "yes" }""", "-", "null", false },
        { """{ "question": "name", "operator": "equals", "value": "Ada" }""", "name", "\" ada \"", true },
        { """{ "question": "colour", "operator": "in", "value": ["red", "blue"] }""", "colour", "\"blue\"", true },
        { """{ "question": "colour", "operator": "in", "value": ["red"] }""", "colour", "\"blue\"", false },
        { """{ "question": "goods", "operator": "contains", "value": "food" }""", "goods", "[\"toys\", \"food\"]", true },
        { """{ "question": "goods", "operator": "contains", "value": "food" }""", "goods", "[\"toys\"]", false },
        { """{ "question": "goods", "operator": "lengthAtLeast", "value": 2 }""", "goods", "[\"toys\", \"food\"]", true },
        { """{ "question": "count", "operator": "greaterThan", "value": 3 }""", "count", "4", true },
        { """{ "question": "count", "operator": "greaterThan", "value": 3 }""", "count", "3", false },
        { """{ "question": "count", "operator": "atLeast", "value": 3 }""", "count", "3", true },
        { """{ "question": "count", "operator": "lessThan", "value": 3.5 }""", "count", "3.4", true },
        { """{ "question": "fee", "operator": "atMost", "value": 100 }""", "fee", "100.00", true },
        { """{ "question": "count", "operator": "equals", "value": 2 }""", "count", "2.0", true },
        { """{ "question": "born", "operator": "atMost", "value": "-18y" }""", "born", "\"2008-06-15\"", true },
        { """{ "question": "born", "operator": "atMost", "value": "-18y" }""", "born", "\"2008-06-16\"", false },
        { """{ "question": "born", "operator": "before", "value": "-18y" }""", "born", "\"2008-06-15\"", false },
        { """{ "question": "born", "operator": "after", "value": "today" }""", "born", "\"2026-06-16\"", true },
        { """{ "question": "born", "operator": "before", "value": "+2w" }""", "born", "\"2026-06-28\"", true },
        { """{ "question": "born", "operator": "after", "value": "-6m" }""", "born", "\"2025-12-15\"", false },
        { """{ "question": "born", "operator": "before", "value": "2000-01-01" }""", "born", "\"1999-12-31\"", true },
        { """{ "question": "born", "operator": "equals", "value": "-30d" }""", "born", "\"2026-05-16\"", true },
        { """{ "question": "expiry", "operator": "before", "value": "today" }""", "expiry", "\"2026-06\"", false },
        { """{ "question": "expiry", "operator": "before", "value": "today" }""", "expiry", "\"2026-05\"", true },
        { """{ "question": "name", "operator": "lengthAtMost", "value": 3 }""", "name", "\"Ada\"", true },
        { """{ "question": "name", "operator": "lengthAtLeast", "value": 4 }""", "name", "\"Ada\"", false },
        { """{ "question": "name", "operator": "answered" }""", "name", "\"Ada\"", true },
        { """{ "question": "name", "operator": "answered" }""", "name", "\"  \"", false },
        { """{ "question": "name", "operator": "answered", "value": false }""", "-", "null", true },
        { """{ "question": "address", "operator": "answered" }""", "address", """{ "line1": "1 High St", "town": "Town", "postcode": "AB1 2CD" }""", true },
        { """{ "all": [{ "question": "count", "operator": "atLeast", "value": 1 }, { "question": "count", "operator": "atMost", "value": 5 }] }""", "count", "5", true },
        { """{ "all": [{ "question": "count", "operator": "atLeast", "value": 1 }, { "question": "count", "operator": "atMost", "value": 5 }] }""", "count", "6", false },
        { """{ "any": [{ "question": "count", "operator": "equals", "value": 1 }, { "question": "count", "operator": "equals", "value": 6 }] }""", "count", "6", true },
        { """{ "not": { "question": "agree", "operator": "equals", "value": "yes" } }""", "agree", "\"no\"", true },
        { """{ "question": "count", "operator": "greaterThan", "value": 3 }""", "count", "\"four\"", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_ConditionOverAnswer_GivesTheExpectedResult(string condition, string question, string answer, bool expected)
    {
        var form = TestForms.Load(Form.Source.ToJsonString().Replace("\"pages\":", $$"""  "conditions": { "c": {{condition}} }, "pages":""", StringComparison.Ordinal));
        var answers = new FormAnswers();
        if (question != "-")
        {
            answers.Set(question, JsonNode.Parse(answer));
        }

        var result = form.Conditions["c"].Evaluate(new ConditionContext(answers, Today));

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Evaluate_NamedReference_UsesTheNamedCondition()
    {
        var form = TestForms.Load(Form.Source.ToJsonString().Replace("\"pages\":", """ "conditions": { "adult": { "question": "born", "operator": "atMost", "value": "-18y" }, "c": { "not": { "ref": "adult" } } }, "pages":""", StringComparison.Ordinal));
        var answers = new FormAnswers();
        answers.Set("born", JsonValue.Create("2010-01-01"));

        Assert.True(form.Conditions["c"].Evaluate(new ConditionContext(answers, Today)));
        Assert.Equal(["born"], form.Conditions["c"].Questions);
    }

    [Theory]
    [InlineData("-18y", "2008-06-15")]
    [InlineData("+1m", "2026-07-15")]
    [InlineData("-2w", "2026-06-01")]
    [InlineData("today", "2026-06-15")]
    [InlineData("2024-02", "2024-02-01")]
    public void Resolve_DateValue_CountsFromToday(string text, string expected)
    {
        Assert.True(DateValue.TryParse(text, out var value));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Resolve(Today));
    }
}
