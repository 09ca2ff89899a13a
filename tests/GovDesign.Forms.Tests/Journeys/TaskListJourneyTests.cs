using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;

namespace GovDesign.Forms.Tests.Journeys;

/// <summary>A task list form: each section a task with its own path and status; a task waits for those it requires; the form is complete when every task is confirmed.</summary>
public sealed class TaskListJourneyTests
{
    private static readonly FormDefinition Form = TestForms.Load(TestForms.Form(string.Join(",\n", [
        TestForms.Page("name", more: """, "section": "you" """),
        TestForms.Page("has-pet", "yesNo", more: """, "section": "pet" """),
        TestForms.Page("pet-name", more: """, "section": "pet", "showIf": { "question": "has-pet", "operator": "equals", "value": "yes" }"""),
        TestForms.Page("email", "email", more: """, "section": "contact" """),
    ]), """ "layout": "taskList", "sections": [{ "id": "you", "title": "You" }, { "id": "pet", "title": "Pet", "requires": ["you"] }, { "id": "contact", "title": "Contact" }], """));

    private readonly Journey _journey = new(Form);

    private static Section Section(string id) => Form.Sections.First(s => s.Id == id);

    [Fact]
    public void Tasks_NothingAnswered_NotStartedExceptTheOneWaitingForAnother()
    {
        var tasks = _journey.Tasks(new FormAnswers());

        Assert.Equal([SectionStatus.NotStarted, SectionStatus.CannotStartYet, SectionStatus.NotStarted], tasks.Select(t => t.Status));
        Assert.Equal(["name", null, "email"], tasks.Select(t => t.Current?.Path));
        Assert.Empty(tasks[1].Path);
    }

    [Fact]
    public void Tasks_AnsweredButNotConfirmed_InProgress_ThenConfirmedCompletedAndTheNextCanStart()
    {
        var answers = new FormAnswers();
        answers.Set("name", "Sam");

        Assert.Equal(SectionStatus.InProgress, _journey.Tasks(answers)[0].Status);
        Assert.Equal(SectionStatus.CannotStartYet, _journey.Tasks(answers)[1].Status);

        answers.SetFinished(Journey.ConfirmedKey(Section("you")), true);

        Assert.Equal([SectionStatus.Completed, SectionStatus.NotStarted], _journey.Tasks(answers).Take(2).Select(t => t.Status));
    }

    [Fact]
    public void IsOnPath_PageOfATaskThatCannotStartYet_IsFalse()
    {
        Assert.False(_journey.IsOnPath(Form.FindPage("has-pet")!, new FormAnswers()));
        Assert.True(_journey.IsOnPath(Form.FindPage("email")!, new FormAnswers()));
    }

    [Fact]
    public void NextAndPreviousPage_StayInTheTask_NullAtItsEnds()
    {
        var answers = Confirmed("you");
        answers.Set("has-pet", "yes");
        answers.Set("pet-name", "Rex");

        Assert.Equal("pet-name", _journey.NextPage(Form.FindPage("has-pet")!, answers)?.Path);
        Assert.Null(_journey.NextPage(Form.FindPage("pet-name")!, answers));
        Assert.Equal("has-pet", _journey.PreviousPage(Form.FindPage("pet-name")!, answers)?.Path);
        Assert.Null(_journey.PreviousPage(Form.FindPage("has-pet")!, answers));
    }

    [Fact]
    public void IsComplete_OnlyWhenEveryTaskIsConfirmed_ThenSubmitsEveryTasksAnswers()
    {
        var answers = Confirmed("you");
        answers.Set("has-pet", "no");
        answers.Set("email", "a@example.com");
        answers.SetFinished(Journey.ConfirmedKey(Section("pet")), true);
        Assert.False(_journey.IsComplete(answers));

        answers.SetFinished(Journey.ConfirmedKey(Section("contact")), true);

        Assert.True(_journey.IsComplete(answers));
        Assert.Equal(["name", "has-pet", "email"], _journey.SubmissionData(answers)["answers"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["you", "pet", "contact"], _journey.CheckAnswers(answers).Select(g => g.Section?.Id));
    }

    private static FormAnswers Confirmed(string section)
    {
        var answers = new FormAnswers();
        answers.Set("name", "Sam");
        answers.SetFinished(Journey.ConfirmedKey(Section(section)), true);
        return answers;
    }
}
