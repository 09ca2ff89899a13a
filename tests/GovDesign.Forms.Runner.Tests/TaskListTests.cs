using System.Net;
using AngleSharp.Dom;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>A task list form (task-list.json): the list of tasks and their status, a task walked to its own check answers, a task that cannot start yet, and sending once all are completed.</summary>
public sealed class TaskListTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task Start_GoesToTheTaskList_WithEachTasksStatusAndTheBlockedOnesNotLinks()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var list = await Journeys.StartAsync(citizen, "task-list");

        Assert.EndsWith("/task-list/tasks", list.Path, StringComparison.Ordinal);
        var heading = list.Document.QuerySelector("h1")!.TextContent.Trim();
        Assert.StartsWith($"Your tasks: {heading} ", list.Document.Title, StringComparison.Ordinal);
        Assert.Equal("You have completed 0 of 3 sections", list.Document.QuerySelector("main p.govuk-body")?.TextContent.Trim());
        Assert.Equal(["Your details: Not yet started", "Your pet: Cannot start yet", "Contact details: Not yet started", "Check your answers and send: Cannot start yet"], Rows(list));
        Assert.Equal(["/task-list/full-name", "/task-list/email"], list.Document.QuerySelectorAll(".govuk-task-list a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/task-list/has-pet")]
    [InlineData("/task-list/pet-name")]
    [InlineData("/task-list/tasks/your-pet")]
    public async Task TaskThatCannotStartYet_AskedForByAddress_RedirectsToTheTaskList(string address)
    {
        using var citizen = new Citizen(server.BaseAddress);
        await Journeys.StartAsync(citizen, "task-list");

        var page = await citizen.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith("/task-list/tasks", page.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskThatCannotStartYet_PostedTo_RedirectsToTheTaskList()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await Journeys.StartAsync(citizen, "task-list");
        var name = await citizen.GetAsync("/task-list/full-name");
        var token = name.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var refused = await citizen.PostAsync("/task-list/has-pet", [KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("has-pet", "yes")]);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.EndsWith("/task-list/tasks", refused.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_WalksItsPagesToItsOwnCheckAnswers_ThenBackToTheListCompleted()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var list = await Journeys.StartAsync(citizen, "task-list");

        var name = await citizen.GetAsync(list.Document.QuerySelector(".govuk-task-list a")!.GetAttribute("href")!);
        var check = await citizen.SubmitAsync(name, [KeyValuePair.Create("full-name", "Sam Jones")]);
        var back = await citizen.SubmitAsync(check, []);

        Assert.EndsWith("/task-list/tasks", name.Document.QuerySelector(".govuk-back-link")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/task-list/tasks/about-you", check.Path, StringComparison.Ordinal);
        Assert.Equal("Check your answers: Your details", check.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(["Your details"], check.Document.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()));
        Assert.EndsWith("/task-list/tasks", back.Path, StringComparison.Ordinal);
        Assert.Equal(["Your details: Completed", "Your pet: Not yet started", "Contact details: Not yet started", "Check your answers and send: Cannot start yet"], Rows(back));
        Assert.Equal("You have completed 1 of 3 sections", back.Document.QuerySelector("main p.govuk-body")?.TextContent.Trim());
    }

    [Fact]
    public async Task TaskLeftPartWay_IsInProgress_AndItsLinkCarriesOnWhereItStopped()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await CompleteAsync(citizen, "/task-list/full-name", [KeyValuePair.Create("full-name", "Sam Jones")]);
        var hasPet = await citizen.GetAsync("/task-list/has-pet");
        await citizen.SubmitAsync(hasPet, [KeyValuePair.Create("has-pet", "yes")]);

        var list = await citizen.GetAsync("/task-list/tasks");

        Assert.Equal("Your pet: In progress", Rows(list)[1]);
        Assert.EndsWith("/task-list/pet-name", list.Document.QuerySelectorAll(".govuk-task-list a").ElementAt(1).GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeOnATasksCheckAnswers_OpeningAPage_AsksItThenReturnsThere()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await CompleteAsync(citizen, "/task-list/full-name", [KeyValuePair.Create("full-name", "Sam Jones")]);
        var check = await citizen.SubmitAsync(await citizen.GetAsync("/task-list/has-pet"), [KeyValuePair.Create("has-pet", "no")]);

        var change = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/has-pet?returnTo=tasks%2Fyour-pet']")!.GetAttribute("href")!);
        var petName = await citizen.SubmitAsync(change, [KeyValuePair.Create("has-pet", "yes")]);
        var back = await citizen.SubmitAsync(petName, [KeyValuePair.Create("pet-name", "Rex")]);

        Assert.Equal("/task-list/pet-name?returnTo=tasks%2Fyour-pet", petName.Url.PathAndQuery);
        Assert.EndsWith("/task-list/tasks/your-pet", back.Path, StringComparison.Ordinal);
        Assert.Equal(["Yes", "Rex"], back.Document.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()));
    }

    [Fact]
    public async Task EveryTaskCompleted_CheckAndSendIsALink_ThatSendsEveryTasksAnswers()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await CompleteAsync(citizen, "/task-list/full-name", [KeyValuePair.Create("full-name", "Sam Jones")]);
        await CompleteAsync(citizen, "/task-list/has-pet", [KeyValuePair.Create("has-pet", "no")]);
        var early = await citizen.GetAsync("/task-list/check-answers");
        var list = await CompleteAsync(citizen, "/task-list/email", [KeyValuePair.Create("email", "sam@example.com")]);

        var check = await citizen.GetAsync(list.Document.QuerySelector(".govuk-task-list a[href$='/check-answers']")!.GetAttribute("href")!);
        var confirmation = await citizen.SubmitAsync(check, []);

        Assert.EndsWith("/task-list/tasks", early.Path, StringComparison.Ordinal);
        Assert.Equal("Check your answers and send: Not yet started", Rows(list)[3]);
        Assert.Equal(["Your details", "Your pet", "Contact details"], check.Document.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()));
        Assert.EndsWith("/task-list/tasks", check.Document.QuerySelector(".govuk-back-link")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTask_IsNotFound()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await Journeys.StartAsync(citizen, "task-list");

        var page = await citizen.GetAsync("/task-list/tasks/no-such-section");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    /// <summary>Answers a task's one page from its address, then confirms its check answers; returns the task list.</summary>
    private static async Task<Received> CompleteAsync(Citizen citizen, string first, IEnumerable<KeyValuePair<string, string>> answers)
    {
        var check = await citizen.SubmitAsync(await citizen.GetAsync(first), answers);
        Assert.Contains("/tasks/", check.Path, StringComparison.Ordinal);
        return await citizen.SubmitAsync(check, []);
    }

    private static List<string> Rows(Received page) => [.. page.Document.QuerySelectorAll(".govuk-task-list__item").Select(item =>
        $"{item.QuerySelector(".govuk-task-list__name-and-hint")!.TextContent.Trim()}: {item.QuerySelector(".govuk-task-list__status")!.TextContent.Trim()}")];
}
