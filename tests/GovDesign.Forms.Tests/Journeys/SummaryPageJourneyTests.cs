using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;

namespace GovDesign.Forms.Tests.Journeys;

/// <summary>A summary page part-way: on the path until the citizen continues, showing its sections' answers before it; a change from it comes back to it.</summary>
public sealed class SummaryPageJourneyTests
{
    private static readonly FormDefinition Form = TestForms.Load(TestForms.Form(string.Join(",\n", [
        TestForms.Page("has-dog", "yesNo", more: """, "section": "about-you" """),
        TestForms.Page("dog-name", more: """, "section": "about-you", "showIf": { "question": "has-dog", "operator": "equals", "value": "yes" }"""),
        TestForms.Page("town", more: """, "section": "where" """),
        TestForms.Page("colour", more: """, "section": "other" """),
        """{ "path": "so-far", "heading": "So far", "summary": { "sections": ["about-you", "where"] } }""",
        TestForms.Page("email", "email", more: """, "section": "about-you" """),
    ]), """ "sections": [{ "id": "about-you", "title": "About you" }, { "id": "where", "title": "Where" }, { "id": "other", "title": "Other" }], """));

    private readonly Journey _journey = new(Form);

    private static Page SoFar => Form.FindPage("so-far")!;

    private static FormAnswers UpToTheSummary()
    {
        var answers = new FormAnswers();
        answers.Set("has-dog", "no");
        answers.Set("town", "Cardiff");
        answers.Set("colour", "Blue");
        return answers;
    }

    [Fact]
    public void Walk_UntilTheCitizenContinues_StopsAtTheSummary()
    {
        var answers = UpToTheSummary();

        Assert.Equal("so-far", _journey.Walk(answers).Current?.Path);

        answers.SetFinished("so-far", true);
        Assert.Equal("email", _journey.Walk(answers).Current?.Path);
    }

    [Fact]
    public void SummaryOf_ShowsItsSectionsAnswersBeforeIt_NotOtherSectionsNorLaterPages()
    {
        var answers = UpToTheSummary();
        answers.SetFinished("so-far", true);
        answers.Set("email", "a@example.com");

        var groups = _journey.SummaryOf(SoFar, answers);

        Assert.Equal(["about-you", "where"], groups.Select(g => g.Section?.Id));
        Assert.Equal(["has-dog", "town"], groups.SelectMany(g => g.Rows).Select(r => r.Question.Name));
    }

    [Fact]
    public void AfterChange_FromTheSummaryOpeningAPageBeforeIt_AsksThatPageThenComesBack()
    {
        var answers = UpToTheSummary();
        answers.SetFinished("so-far", true);

        answers.Set("has-dog", "yes");
        Assert.Equal("dog-name", _journey.AfterChange(answers, SoFar)?.Path);

        answers.Set("dog-name", "Rex");
        Assert.Null(_journey.AfterChange(answers, SoFar));
    }

    [Fact]
    public void AfterChange_FromTheSummaryBeforeContinuing_ComesBackRatherThanGoingOn()
    {
        var answers = UpToTheSummary();
        answers.SetFinished("so-far", true);

        answers.Set("town", "Swansea");

        Assert.Null(_journey.AfterChange(answers, SoFar));
        Assert.Equal("email", _journey.AfterChange(answers)?.Path);
    }

    [Fact]
    public void CheckAnswers_WithASummaryPage_HasNoEmptyGroup()
    {
        var answers = UpToTheSummary();
        answers.SetFinished("so-far", true);
        answers.Set("email", "a@example.com");

        var groups = _journey.CheckAnswers(answers);

        Assert.Equal(["about-you", "where", "other", "about-you"], groups.Select(g => g.Section?.Id));
        Assert.All(groups, g => Assert.NotEmpty(g.Rows));
    }
}
