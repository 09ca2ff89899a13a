using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;

namespace GovDesign.Forms.Tests.Journeys;

/// <summary>The journey with questions revealed under options: needed only when their option is chosen, and shown and sent only then.</summary>
public sealed class ConditionalRevealJourneyTests
{
    private static readonly FormDefinition Form = TestForms.Load(TestForms.Form(string.Join(",\n", [
        """
        { "path": "contact", "questions": [{ "name": "contact", "type": "multipleChoice", "label": "Contact methods",
            "options": [
              { "value": "email", "text": "Email", "conditional": [{ "name": "email", "type": "email", "label": "Email address" }] },
              { "value": "phone", "text": "Phone", "conditional": [{ "name": "phone", "type": "phone", "label": "Phone number" }] },
              { "value": "post", "text": "Post" } ] }] }
        """,
        TestForms.Page("name"),
    ])));

    private readonly Journey _journey = new(Form);

    private static FormAnswers Answers(params (string Name, JsonNode? Value)[] answers)
    {
        var result = new FormAnswers();
        foreach (var (name, value) in answers)
        {
            result.Set(name, value);
        }

        return result;
    }

    private static JsonArray Chosen(params string[] values) => new([.. values.Select(v => JsonValue.Create(v))]);

    [Fact]
    public void IsPageComplete_OptionChosenWithoutItsRevealedAnswer_IsFalse()
    {
        var answers = Answers(("contact", Chosen("email", "phone")), ("email", "a@example.com"));

        Assert.False(Journey.IsPageComplete(Form.FindPage("contact")!, answers));
        Assert.Equal("contact", _journey.Walk(answers).Current?.Path);
    }

    [Fact]
    public void IsPageComplete_OptionWithoutReveal_NeedsNothingMore()
    {
        Assert.True(Journey.IsPageComplete(Form.FindPage("contact")!, Answers(("contact", Chosen("post")))));
    }

    [Fact]
    public void CheckAnswers_ShowsRevealedAnswersOfChosenOptions_AfterTheirQuestion()
    {
        var answers = Answers(("contact", Chosen("email", "post")), ("email", "a@example.com"), ("phone", "+447700900982"), ("name", "Sam"));

        var rows = _journey.CheckAnswers(answers).SelectMany(g => g.Rows).Select(r => r.Question.Name);

        Assert.Equal(["contact", "email", "name"], rows);
    }

    [Fact]
    public void SubmissionData_LeavesOutRevealedAnswersOfOptionsNotChosen()
    {
        var answers = Answers(("contact", Chosen("phone")), ("email", "left@example.com"), ("phone", "+447700900982"), ("name", "Sam"));

        var data = _journey.SubmissionData(answers)["answers"]!.AsObject();

        Assert.Equal(["contact", "phone", "name"], data.Select(a => a.Key));
    }

    [Fact]
    public void Question_RevealedFor_ReadsOneValueOrAList()
    {
        var contact = Form.FindQuestion("contact")!;

        Assert.Equal(["email"], contact.RevealedFor(JsonValue.Create("email")).Select(q => q.Name));
        Assert.Equal(["email", "phone"], contact.RevealedFor(Chosen("phone", "email")).Select(q => q.Name));
        Assert.Empty(contact.RevealedFor(null));
    }
}
