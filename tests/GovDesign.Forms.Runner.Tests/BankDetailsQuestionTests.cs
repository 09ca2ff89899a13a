namespace GovDesign.Forms.Runner.Tests;

/// <summary>A <c>bankDetails</c> question over real HTTP, on the market trader permit sample's deposit refund page.</summary>
public sealed class BankDetailsQuestionTests(RunnerServer server)
{
    private const string Slug = "apply-for-a-market-trader-permit";

    private const string Label = "Which account should we return your pitch deposit to?";

    [Fact]
    public async Task CheckAnswers_BankDetails_ShowsTheNameSortCodeAndAccountNumberOnTheirOwnLines()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var check = await Journeys.ToCheckAnswersAsync(citizen, Slug);

        Assert.Equal(["Sam Jones", "Sort code: 20-00-00", "Account number: 55779911"], QuestionOptionsJourney.RowLines(check, Label));
    }

    [Fact]
    public async Task Post_SortCodeOfFourDigits_IsRefusedAtTheSortCodeBox_AndKeepsWhatWasTyped()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await Journeys.ToCheckAnswersAsync(citizen, Slug);
        var page = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/deposit-refund?returnTo=check-answers']")!.GetAttribute("href")!);
        Assert.Equal(["refund-account-account-name", "refund-account-sort-code", "refund-account-account-number", "refund-account-roll-number"], page.Document.QuerySelectorAll("main input.govuk-input").Select(i => i.Id));

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("refund-account-account-name", "Sam Jones"), KeyValuePair.Create("refund-account-sort-code", "12 34"), KeyValuePair.Create("refund-account-account-number", "55779911")]);

        Assert.EndsWith("/deposit-refund", refused.Path, StringComparison.Ordinal);
        var link = Assert.Single(refused.Document.QuerySelectorAll(".govuk-error-summary a"));
        Assert.Equal(("#refund-account-sort-code", "Sort code must be 6 digits, like 12 34 56"), (link.GetAttribute("href"), link.TextContent.Trim()));
        Assert.Equal("55779911", refused.Document.QuerySelector("input#refund-account-account-number")?.GetAttribute("value"));
    }
}
