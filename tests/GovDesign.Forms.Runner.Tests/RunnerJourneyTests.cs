using System.Net;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Citizens completing the sample forms over real HTTP: every page posted, check answers, confirmation.</summary>
public sealed class RunnerJourneyTests(RunnerServer server)
{
    public static TheoryData<string> Samples => [.. SampleAnswers.Slugs];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task FullJourney_EverySample_EndsOnConfirmationWithOneStoredSubmission(string slug)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, slug);

        var confirmation = await citizen.SubmitAsync(check, []);

        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);
        var reference = confirmation.Document.QuerySelector(".govuk-panel strong")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(reference));
        Assert.Equal(1, SubmissionsDatabase.Count(server.DatabasePath, reference));
    }

    [Fact]
    public async Task Branching_PotholeAsksItsSize_StreetLightDoesNot()
    {
        using var pothole = new Citizen(server.BaseAddress);
        using var light = new Citizen(server.BaseAddress);

        var potholeCheck = await Journeys.ToCheckAnswersAsync(pothole, "report-a-road-problem", new Dictionary<string, string> { ["problem-type"] = "pothole" });
        var lightCheck = await Journeys.ToCheckAnswersAsync(light, "report-a-road-problem", new Dictionary<string, string> { ["problem-type"] = "street-light" });

        Assert.NotNull(potholeCheck.Document.QuerySelector("a[href*='/pothole-size']"));
        Assert.Null(lightCheck.Document.QuerySelector("a[href*='/pothole-size']"));
    }

    [Fact]
    public async Task Branching_NoUpdatesSkipsToCheckAnswers_YesAsksForAName()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var form = SampleAnswers.Load("report-a-road-problem");
        var page = await Journeys.StartAsync(citizen, form.Slug);
        while (!page.Path.EndsWith("/updates", StringComparison.Ordinal))
        {
            var definition = form.FindPage(page.Path.Split('/')[^1])!;
            page = await citizen.SubmitAsync(page, definition.Questions.SelectMany(q => SampleAnswers.For(q)), files: SampleAnswers.Files(definition));
        }

        var afterNo = await citizen.SubmitAsync(page, [KeyValuePair.Create("wants-updates", "no")]);
        var updates = await citizen.GetAsync($"/{form.Slug}/updates");
        var afterYes = await citizen.SubmitAsync(updates, [KeyValuePair.Create("wants-updates", "yes")]);

        Assert.EndsWith("/check-answers", afterNo.Path, StringComparison.Ordinal);
        Assert.EndsWith("/your-name", afterYes.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationError_EmptyAnswer_ShowsSummaryInlineErrorAndErrorTitle()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, "apply-for-a-market-trader-permit");

        var page = await citizen.SubmitAsync(first, []);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith("/your-name", page.Path, StringComparison.Ordinal);
        Assert.StartsWith("Error: ", page.Document.Title, StringComparison.Ordinal);
        var link = page.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href");
        Assert.NotNull(link);
        Assert.NotNull(page.Document.QuerySelector(link));
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-message"));
    }

    [Fact]
    public async Task ChangeFromCheckAnswers_SimpleAnswer_ReturnsToCheckAnswersWithTheNewAnswer()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, "apply-for-a-market-trader-permit");
        var change = check.Document.QuerySelector("a[href*='/trading-name?returnTo=check-answers']")!.GetAttribute("href")!;

        var page = await citizen.GetAsync(change);
        var back = await citizen.SubmitAsync(page, [KeyValuePair.Create("trading-name", "Fresh Greens")]);

        Assert.EndsWith("/check-answers", back.Path, StringComparison.Ordinal);
        Assert.Contains("Fresh Greens", back.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeFromCheckAnswers_ChangeOpensAQuestion_AsksItBeforeCheckAnswers()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, "apply-for-a-market-trader-permit");
        Assert.Null(check.Document.QuerySelector("a[href*='/supplier-address']"));

        var imports = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/imports?returnTo=check-answers']")!.GetAttribute("href")!);
        var opened = await citizen.SubmitAsync(imports, [KeyValuePair.Create("imports-goods", "yes")]);
        var form = SampleAnswers.Load("apply-for-a-market-trader-permit");
        var back = await citizen.SubmitAsync(opened, form.FindPage("supplier-address")!.Questions.SelectMany(q => SampleAnswers.For(q)));

        Assert.EndsWith("/supplier-address", opened.Path, StringComparison.Ordinal);
        Assert.EndsWith("/check-answers", back.Path, StringComparison.Ordinal);
        Assert.NotNull(back.Document.QuerySelector("a[href*='/supplier-address']"));
    }

    [Fact]
    public async Task AddAnother_TwoChildrenThenRemoveOne_CheckAnswersListsTheOneLeft()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var form = SampleAnswers.Load("register-a-birth");
        var page = await Journeys.StartAsync(citizen, form.Slug);
        while (!page.Path.EndsWith("/older-children", StringComparison.Ordinal))
        {
            var definition = form.FindPage(page.Path.Split('/')[^1])!;
            page = await citizen.SubmitAsync(page, definition.Questions.SelectMany(q => SampleAnswers.For(q)));
        }

        page = await citizen.SubmitAsync(page, [KeyValuePair.Create("add-another", "yes")], "/older-children");
        var summary = await citizen.SubmitAsync(page, [KeyValuePair.Create("older-child-name", "Alex"), .. SampleAnswers.For(form.FindQuestion("older-child-date-of-birth")!)]);
        var second = await citizen.SubmitAsync(summary, [KeyValuePair.Create("add-another", "yes")], "/older-children");
        summary = await citizen.SubmitAsync(second, [KeyValuePair.Create("older-child-name", "Bo"), .. SampleAnswers.For(form.FindQuestion("older-child-date-of-birth")!)]);
        var listedTwo = summary.Document.QuerySelectorAll(".govuk-summary-card").Length;
        summary = await citizen.SubmitAsync(summary, [], "/older-children/1/remove");
        var check = await Journeys.AnswerUntilCheckAnswersAsync(citizen, form, await citizen.SubmitAsync(summary, [KeyValuePair.Create("add-another", "no")], "/older-children"));

        Assert.Equal(2, listedTwo);
        var answers = check.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("Bo", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", answers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoubleSubmit_BackAndSendAgainAndTwoAtOnce_OneSubmissionSameConfirmation()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, "report-a-road-problem");

        var both = await Task.WhenAll(citizen.SubmitAsync(check, []), citizen.SubmitAsync(check, []));
        var again = await citizen.SubmitAsync(check, []);

        var references = both.Append(again).Select(p => p.Document.QuerySelector(".govuk-panel strong")?.TextContent.Trim()).Distinct().ToList();
        var reference = Assert.Single(references);
        Assert.False(string.IsNullOrEmpty(reference));
        Assert.Equal(1, SubmissionsDatabase.CountForSession(server.DatabasePath, reference));
    }

    [Fact]
    public async Task LanguageSwitch_Welsh_StaysWelshOnTheNextPage()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var form = SampleAnswers.Load("register-a-birth");
        var first = await Journeys.StartAsync(citizen, form.Slug);

        var welsh = await citizen.GetAsync(first.Path + "?lang=cy");
        var next = await citizen.SubmitAsync(welsh, form.FindPage(first.Path.Split('/')[^1])!.Questions.SelectMany(q => SampleAnswers.For(q)));

        Assert.NotEqual(first.Path, next.Path);
        Assert.Equal("cy", next.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task BackLink_SecondPage_GoesToTheFirst()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var form = SampleAnswers.Load("apply-for-a-market-trader-permit");
        var first = await Journeys.StartAsync(citizen, form.Slug);

        var second = await citizen.SubmitAsync(first, form.Pages[0].Questions.SelectMany(q => SampleAnswers.For(q)));

        Assert.Equal(first.Path, second.Document.QuerySelector("a.govuk-back-link")?.GetAttribute("href"));
    }
}
