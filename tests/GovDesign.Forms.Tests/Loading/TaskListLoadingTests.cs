using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>The form's <c>"layout": "taskList"</c> and the sections' <c>requires</c>, and the diagnostics for each misuse.</summary>
public sealed class TaskListLoadingTests
{
    private static string Form(string sections, string pages = "", string layout = """ "layout": "taskList", """) => TestForms.Form(
        pages.Length > 0 ? pages : string.Join(",\n", [
            TestForms.Page("name", more: """, "section": "you" """),
            TestForms.Page("pet", more: """, "section": "pet" """),
        ]),
        layout + """ "sections": [ """ + sections + " ], ");

    private const string TwoSections = """{ "id": "you", "title": "You" }, { "id": "pet", "title": "Your pet", "requires": ["you"] }""";

    [Fact]
    public void Load_TaskListForm_KeepsTheLayoutAndWhatEachSectionRequires()
    {
        var form = TestForms.Load(Form(TwoSections));

        Assert.Equal(FormLayout.TaskList, form.Layout);
        Assert.Equal(["", "you"], form.Sections.Select(s => string.Join(",", s.Requires)));
        Assert.Same(form.Sections[1], form.FindPage("pet")!.Section);
    }

    [Fact]
    public void Load_WithoutLayout_IsOnePageAfterAnother()
    {
        Assert.Equal(FormLayout.Pages, TestForms.Load(TestForms.Form(TestForms.Page("a"))).Layout);
    }

    [Fact]
    public void Load_TaskListWithoutSections_IsAnErrorAtTheLayout()
    {
        Only(TestForms.Form(TestForms.Page("a"), """ "layout": §"taskList", """), "taskList.noSections", "/layout");
    }

    [Fact]
    public void Load_TaskListPageWithoutASection_IsAnErrorAtThePage()
    {
        var diagnostic = Only(Form("""{ "id": "you", "title": "You" }""", TestForms.Page("name", more: """, "section": "you" """) + ",\n" + "§" + TestForms.Page("email", "email")),
            "taskList.pageWithoutSection", "/pages/1");

        Assert.Contains("\"email\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RequiresAnUnknownSection_IsAnErrorAtTheIdThatSuggestsTheNearest()
    {
        var diagnostic = Only(Form("""{ "id": "you", "title": "You" }, { "id": "pet", "title": "Your pet", "requires": [§"yuo"] }"""),
            "reference.section", "/sections/1/requires/0");

        Assert.Contains("\"you\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RequiresLoop_IsOneErrorAtTheRequirementThatClosesIt()
    {
        var diagnostic = Only(Form("""{ "id": "you", "title": "You", "requires": ["pet"] }, { "id": "pet", "title": "Your pet", "requires": [§"you"] }"""),
            "section.requiresLoop", "/sections/1/requires/0");

        Assert.Contains("\"you\" requires \"pet\" requires \"you\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SectionThatRequiresItself_IsALoop()
    {
        Only(Form("""{ "id": "you", "title": "You", "requires": [§"you"] }, { "id": "pet", "title": "Your pet" }"""), "section.requiresLoop", "/sections/0/requires/0");
    }

    [Fact]
    public void Load_RequiresWithoutTaskList_WarnsAtTheKeyAndStillLoads()
    {
        OnlyWarning(Form("""{ "id": "you", "title": "You" }, { "id": "pet", "title": "Your pet", §"requires": ["you"] }""", layout: ""),
            "section.requiresWithoutTaskList", "/sections/1/requires");
    }

    [Fact]
    public void Load_NextRuleToAnotherTask_IsAnErrorAtItsTarget()
    {
        var pages = string.Join(",\n", [
            TestForms.Page("name", more: """, "section": "you", "next": [{ "when": { "question": "name", "operator": "equals", "value": "Rex" }, "to": §"pet" }] """),
            TestForms.Page("age", "number", more: """, "section": "you" """),
            TestForms.Page("pet", more: """, "section": "pet" """),
        ]);

        var diagnostic = Only(Form(TwoSections, pages), "taskList.nextLeavesSection", "/pages/0/next/0/to");

        Assert.Contains("check-answers", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TaskListSectionWithoutPages_IsAnErrorAtTheSection()
    {
        Only(Form(TwoSections + """, §{ "id": "extra", "title": "Extra" }"""), "taskList.emptySection", "/sections/2");
    }

    [Fact]
    public void Load_TaskListPageCalledTasks_IsAnErrorAtItsPath()
    {
        var pages = TestForms.Page("name", more: """, "section": "you" """) + ",\n" + """{ "path": §"tasks", "section": "pet", "questions": [{ "name": "tasks", "type": "text", "label": "Tasks?", "subject": "tasks" }] }""";

        Only(Form(TwoSections, pages), "page.reservedPath", "/pages/1/path");
    }
}
