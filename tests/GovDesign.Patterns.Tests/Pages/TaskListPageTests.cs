using AngleSharp.Dom;

namespace GovDesign.Patterns.Tests.Pages;

public sealed class TaskListPageTests
{
    private static readonly TaskListSection Done = new("Check before you start", [new TaskListTask("Eligibility", "/eligibility", TaskState.Completed)]);
    private static readonly TaskListSection Started = new("Your details",
    [
        new TaskListTask("Name", "/name", TaskState.Completed),
        new TaskListTask("Address", "/address", TaskState.Incomplete) { Hint = "Where you live now" },
    ]);
    private static readonly TaskListSection Waiting = new("Apply", [new TaskListTask("Check and send", "/check", TaskState.CannotStartYet)]);

    private static Task<IDocument> RenderAsync(IReadOnlyList<TaskListSection> sections, string language = "en") =>
        PageRenderer.RenderAsync<TaskListPage>(new()
        {
            [nameof(TaskListPage.Layout)] = PageRenderer.Layout,
            [nameof(TaskListPage.Title)] = "Apply for a test",
            [nameof(TaskListPage.Sections)] = sections,
        }, language);

    [Theory]
    [InlineData("en", "You have completed 1 of 3 sections")]
    [InlineData("cy", "Rydych wedi cwblhau 1 o 3 adran")]
    [InlineData("vi", "Bạn đã hoàn thành 1 trên 3 phần")]
    public async Task Count_SaysHowManySectionsAreCompleted(string language, string expected)
    {
        var page = await RenderAsync([Done, Started, Waiting], language);

        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == expected);
    }

    [Fact]
    public async Task PageTitle_Given_TitlesTheBrowserTabAndLeavesTheHeading()
    {
        var page = await PageRenderer.RenderAsync<TaskListPage>(new()
        {
            [nameof(TaskListPage.Layout)] = PageRenderer.Layout,
            [nameof(TaskListPage.Title)] = "Apply for a test",
            [nameof(TaskListPage.PageTitle)] = "Your tasks: Apply for a test",
            [nameof(TaskListPage.Sections)] = new[] { Started },
        });
        var heading = await RenderAsync([Started]);

        Assert.StartsWith("Your tasks: Apply for a test", page.Title, StringComparison.Ordinal);
        Assert.Equal("Apply for a test", page.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Apply for a test", heading.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Count_OfOneSection_IsSingular()
    {
        var page = await RenderAsync([Started]);

        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == "You have completed 0 of 1 section");
    }

    [Fact]
    public async Task Statuses_FollowTheTaskListConventions()
    {
        var page = await RenderAsync([Started, Waiting]);

        var statuses = page.QuerySelectorAll(".govuk-task-list__status");
        Assert.Equal("Completed", statuses[0].TextContent.Trim());
        Assert.Null(statuses[0].QuerySelector(".govuk-tag"));
        Assert.Equal("Incomplete", statuses[1].QuerySelector(".govuk-tag.govuk-tag--blue")!.TextContent.Trim());
        Assert.Contains("govuk-task-list__status--cannot-start-yet", statuses[2].ClassList);
    }

    [Fact]
    public async Task TasksThatCannotStartYet_AreNotLinks()
    {
        var page = await RenderAsync([Started, Waiting]);

        Assert.Equal(["/name", "/address"], page.QuerySelectorAll(".govuk-task-list__link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task StatusIds_AreUniqueAcrossSections()
    {
        var page = await RenderAsync([Done, Started, Waiting]);

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("en", "Not yet started", "In progress")]
    [InlineData("cy", "Heb ddechrau eto", "Ar y gweill")]
    [InlineData("vi", "Chưa bắt đầu", "Đang thực hiện")]
    public async Task NotStartedAndInProgress_AreBlueAndLightBlueTags(string language, string notStarted, string inProgress)
    {
        var page = await RenderAsync([new("Your details", [new TaskListTask("Name", "/name", TaskState.NotStarted), new TaskListTask("Address", "/address", TaskState.InProgress)])], language);

        Assert.Equal(notStarted, page.QuerySelector(".govuk-task-list__status .govuk-tag.govuk-tag--blue")?.TextContent.Trim());
        Assert.Equal(inProgress, page.QuerySelector(".govuk-task-list__status .govuk-tag.govuk-tag--light-blue")?.TextContent.Trim());
    }

    [Fact]
    public async Task UntitledSectionWithItsOwnCount_HasNoHeadingAndSaysTheCountGiven()
    {
        var page = await PageRenderer.RenderAsync<TaskListPage>(new()
        {
            [nameof(TaskListPage.Layout)] = PageRenderer.Layout,
            [nameof(TaskListPage.Title)] = "Apply for a test",
            [nameof(TaskListPage.Sections)] = new[] { new TaskListSection("", [new TaskListTask("Name", "/name", TaskState.Completed)]) },
            [nameof(TaskListPage.Count)] = "You have completed 1 of 2 tasks",
        }, "en");

        Assert.Empty(page.QuerySelectorAll("main h2"));
        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == "You have completed 1 of 2 tasks");
    }
}
