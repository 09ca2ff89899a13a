using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;

namespace GovDesign.Forms.Tests.Journeys;

/// <summary>A page without questions is on the path until the citizen continues from it, also on a branch a change opens.</summary>
public sealed class InformationPageTests
{
    private static readonly FormDefinition Form = TestForms.Load(TestForms.Form(string.Join(",\n", [
        TestForms.Page("has-dog", "yesNo"),
        """{ "path": "dog-rules", "heading": "Rules for dog owners", "showIf": { "question": "has-dog", "operator": "equals", "value": "yes" } }""",
        TestForms.Page("dog-name", more: """, "showIf": { "question": "has-dog", "operator": "equals", "value": "yes" }"""),
        TestForms.Page("email", "email"),
    ])));

    private readonly Journey _journey = new(Form);

    [Fact]
    public void AfterChange_ChangeOpensABranchStartingWithAnInformationPage_ShowsThatPageFirst()
    {
        var answers = new FormAnswers();
        answers.Set("has-dog", "no");
        answers.Set("email", "a@example.com");
        Assert.True(_journey.IsComplete(answers));

        answers.Set("has-dog", "yes");

        Assert.Equal("dog-rules", _journey.AfterChange(answers)?.Path);
    }

    [Fact]
    public void NextPage_AfterContinuingFromTheInformationPage_IsTheBranchsQuestion()
    {
        var answers = new FormAnswers();
        answers.Set("has-dog", "yes");
        answers.SetFinished("dog-rules", true);

        Assert.Equal("dog-rules", _journey.NextPage(Form.FindPage("has-dog")!, answers)?.Path);
        Assert.Equal("dog-name", _journey.NextPage(Form.FindPage("dog-rules")!, answers)?.Path);
        Assert.Equal("dog-name", _journey.AfterChange(answers)?.Path);
    }

    [Fact]
    public void SubmissionData_LeavesOutThatTheInformationPageWasRead()
    {
        var answers = new FormAnswers();
        answers.Set("has-dog", "yes");
        answers.SetFinished("dog-rules", true);
        answers.Set("dog-name", "Rex");
        answers.Set("email", "a@example.com");

        var data = _journey.SubmissionData(answers);

        Assert.Equal(["answers", "items"], data.Select(p => p.Key));
        Assert.Equal(["has-dog", "dog-name", "email"], data["answers"]!.AsObject().Select(p => p.Key));
    }
}
