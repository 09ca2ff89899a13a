using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;

namespace GovDesign.Forms.Tests.Journeys;

public sealed class JourneyTests
{
    private static readonly FormDefinition Form = TestForms.Load(TestForms.Form(string.Join(",\n", [
        TestForms.Page("has-licence", "yesNo"),
        TestForms.Page("licence-number", more: """, "showIf": { "question": "has-licence", "operator": "equals", "value": "yes" }"""),
        TestForms.Page("reason", "longText", """, "showIf": { "question": "has-licence", "operator": "equals", "value": "no" }"""),
        TestForms.Page("age", "number", """, "next": [{ "when": { "question": "age", "operator": "lessThan", "value": 18 }, "to": "too-young" }]"""),
        TestForms.Page("vehicles", more: """, "heading": "Add a vehicle", "repeat": { "min": 1, "max": 2 }""", question: "registration"),
        TestForms.Page("email", "email"),
        """{ "path": "too-young", "heading": "You are too young", "exit": true }""",
    ])));

    private readonly Journey _journey = new(Form);

    private static Page P(string path) => Form.FindPage(path)!;

    private static FormAnswers Answers(params (string Name, JsonNode? Value)[] answers)
    {
        var result = new FormAnswers();
        foreach (var (name, value) in answers)
        {
            result.Set(name, value);
        }

        return result;
    }

    private static FormAnswers Complete(string hasLicence)
    {
        var answers = Answers(("has-licence", hasLicence), ("age", 30), ("email", "a@example.com"));
        answers.Set(hasLicence == "yes" ? "licence-number" : "reason", "ABC123");
        answers.AddItem("vehicles", new Dictionary<string, JsonNode?> { ["registration"] = "AB12 CDE" });
        answers.SetFinished("vehicles", true);
        return answers;
    }

    [Fact]
    public void Walk_NoAnswers_StartsAtTheFirstPage()
    {
        var progress = _journey.Walk(new FormAnswers());

        Assert.Equal("has-licence", progress.Current?.Path);
        Assert.False(progress.IsComplete);
    }

    [Theory]
    [InlineData("yes", "licence-number")]
    [InlineData("no", "reason")]
    public void NextPage_BranchOnYesNo_GoesDownTheMatchingBranch(string answer, string expected)
    {
        var next = _journey.NextPage(P("has-licence"), Answers(("has-licence", answer)));

        Assert.Equal(expected, next?.Path);
    }

    [Fact]
    public void NextPage_RuleHolds_GoesToTheExitPage()
    {
        var answers = Answers(("has-licence", "no"), ("reason", "x"), ("age", 16));

        var next = _journey.NextPage(P("age"), answers);

        Assert.Equal("too-young", next?.Path);
        Assert.Equal("too-young", _journey.Walk(answers).ExitPage?.Path);
    }

    [Fact]
    public void NextPage_RuleDoesNotHold_GoesOnInOrder()
    {
        var next = _journey.NextPage(P("age"), Answers(("has-licence", "no"), ("reason", "x"), ("age", 18)));

        Assert.Equal("vehicles", next?.Path);
    }

    [Fact]
    public void NextPage_LastPage_IsNullForCheckAnswers()
    {
        var answers = Complete("yes");

        Assert.Null(_journey.NextPage(P("email"), answers));
        Assert.True(_journey.IsComplete(answers));
    }

    [Fact]
    public void NextPage_EarlierPageUnanswered_SendsTheCitizenBackToIt()
    {
        var next = _journey.NextPage(P("email"), Answers(("email", "a@example.com")));

        Assert.Equal("has-licence", next?.Path);
    }

    [Fact]
    public void CheckAnswers_AfterSwitchingBranch_LeavesOutTheAbandonedAnswer()
    {
        var answers = Complete("yes");
        answers.Set("has-licence", "no");
        answers.Set("reason", "Lost it");

        var shown = _journey.CheckAnswers(answers).SelectMany(g => g.Rows).Select(r => r.Question.Name).ToList();
        var submitted = _journey.SubmissionData(answers);

        Assert.Equal(["has-licence", "reason", "age", "registration", "email"], shown);
        Assert.False(submitted["answers"]!.AsObject().ContainsKey("licence-number"));
        Assert.Equal("AB12 CDE", (string?)submitted["items"]!["vehicles"]![0]!["registration"]);
    }

    [Fact]
    public void AfterChange_ChangeOpensNoNewQuestions_ReturnsToCheckAnswers()
    {
        var answers = Complete("yes");
        answers.Set("email", "b@example.com");

        Assert.Null(_journey.AfterChange(answers));
    }

    [Fact]
    public void AfterChange_ChangeOpensANewQuestion_AsksItFirst()
    {
        var answers = Complete("no");
        answers.Set("has-licence", "yes");

        Assert.Equal("licence-number", _journey.AfterChange(answers)?.Path);
    }

    [Fact]
    public void AfterChange_ChangeBackToAnAnsweredBranch_ReturnsToCheckAnswers()
    {
        var answers = Complete("no");
        answers.Set("has-licence", "yes");
        answers.Set("licence-number", "X1");
        answers.Set("has-licence", "no");

        Assert.Null(_journey.AfterChange(answers));
    }

    [Fact]
    public void AddAnother_BelowMinimum_NeedsMoreItemsEvenWhenFinished()
    {
        var answers = Answers(("has-licence", "no"), ("reason", "x"), ("age", 40));
        answers.SetFinished("vehicles", true);

        Assert.True(Journey.NeedsMoreItems(P("vehicles"), answers));
        Assert.False(Journey.IsPageComplete(P("vehicles"), answers));
        Assert.Equal("vehicles", _journey.Walk(answers).Current?.Path);
    }

    [Fact]
    public void AddAnother_OneItemNotFinished_CanAddAnotherAndStaysOnThePage()
    {
        var answers = Answers(("has-licence", "no"), ("reason", "x"), ("age", 40));
        answers.AddItem("vehicles", new Dictionary<string, JsonNode?> { ["registration"] = "A1" });

        Assert.True(Journey.CanAddAnother(P("vehicles"), answers));
        Assert.Equal("vehicles", _journey.Walk(answers).Current?.Path);
    }

    [Fact]
    public void AddAnother_AtMaximum_IsCompleteAndCannotAddMore()
    {
        var answers = Answers(("has-licence", "no"), ("reason", "x"), ("age", 40));
        answers.AddItem("vehicles", new Dictionary<string, JsonNode?> { ["registration"] = "A1" });
        answers.AddItem("vehicles", new Dictionary<string, JsonNode?> { ["registration"] = "A2" });

        Assert.False(Journey.CanAddAnother(P("vehicles"), answers));
        Assert.True(Journey.IsPageComplete(P("vehicles"), answers));
        Assert.Equal("email", _journey.Walk(answers).Current?.Path);
    }

    [Fact]
    public void CheckAnswers_AddAnother_ShowsARowPerItem()
    {
        var answers = Complete("no");
        answers.SetFinished("vehicles", false);
        answers.AddItem("vehicles", new Dictionary<string, JsonNode?> { ["registration"] = "ZZ99 ZZZ" });

        var rows = _journey.CheckAnswers(answers).SelectMany(g => g.Rows).Where(r => r.Page.Path == "vehicles").ToList();

        Assert.Equal([0, 1], rows.Select(r => r.ItemIndex ?? -1));
    }

    [Theory]
    [InlineData("reason", "has-licence")]
    [InlineData("age", "reason")]
    [InlineData("has-licence", null)]
    public void PreviousPage_OnThePath_IsThePageBefore(string current, string? expected)
    {
        var previous = _journey.PreviousPage(P(current), Complete("no"));

        Assert.Equal(expected, previous?.Path);
    }

    [Fact]
    public void PreviousPage_FromCheckAnswers_IsTheLastPage()
    {
        Assert.Equal("email", _journey.PreviousPage(null, Complete("no"))?.Path);
    }

    [Fact]
    public void IsOnPath_PageOfTheAbandonedBranch_IsFalse()
    {
        Assert.False(_journey.IsOnPath(P("licence-number"), Complete("no")));
        Assert.True(_journey.IsOnPath(P("reason"), Complete("no")));
    }

    [Fact]
    public void Walk_LoopBackWhoseConditionHolds_StopsInsteadOfLoopingForever()
    {
        var form = TestForms.Load(TestForms.Form(TestForms.Page("a", "yesNo") + "," + TestForms.Page("b", "yesNo", """, "next": [{ "when": { "question": "b", "operator": "equals", "value": "yes" }, "to": "a" }]""")));
        var answers = Answers(("a", "yes"), ("b", "yes"));

        var progress = new Journey(form).Walk(answers);

        Assert.Equal("b", progress.Current?.Path);
    }

    [Fact]
    public void Walk_RelativeDateCondition_UsesTheInjectedClock()
    {
        var form = TestForms.Load(TestForms.Form(TestForms.Page("born", "date", """, "next": [{ "when": { "question": "born", "operator": "after", "value": "-18y" }, "to": "stop" }]""") + "," + TestForms.Page("b") + """, { "path": "stop", "heading": "Stop", "exit": true }"""));
        var answers = Answers(("born", "2008-06-16"));

        var before = new Journey(form, new FixedClock(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero))).Walk(answers);
        var after = new Journey(form, new FixedClock(new DateTimeOffset(2026, 6, 16, 12, 0, 0, TimeSpan.Zero))).Walk(answers);

        Assert.Equal("stop", before.Current?.Path);
        Assert.Equal("b", after.Current?.Path);
    }

    [Fact]
    public void FormAnswers_RoundTripThroughJson_KeepsEverything()
    {
        var answers = Complete("yes");

        var copy = FormAnswers.FromJson(JsonNode.Parse(answers.ToJson().ToJsonString()));

        Assert.Equal(answers.ToJson().ToJsonString(), copy.ToJson().ToJsonString());
        Assert.True(copy.IsFinished("vehicles"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
