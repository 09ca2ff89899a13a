namespace GovDesign.Forms.Runner.Tests;

/// <summary>A change from check answers that opens a branch walks the whole branch, its information-only pages included (change-branch.json).</summary>
public sealed class ChangeOpensABranchTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task ChangeFromCheckAnswers_OpensABranchThatStartsWithAnInformationPage_ShowsItThenItsQuestion()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await HelpAndFeedbackTests.ToCheckAnswersAsync(citizen, "change-branch", new Dictionary<string, string> { ["has-dog"] = "no" });

        var change = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/has-dog?returnTo=check-answers']")!.GetAttribute("href")!);
        var rules = await citizen.SubmitAsync(change, [KeyValuePair.Create("has-dog", "yes")]);
        var name = await citizen.SubmitAsync(rules, []);
        var back = await citizen.SubmitAsync(name, [KeyValuePair.Create("dog-name", "Rex")]);

        Assert.EndsWith("/dog-rules", rules.Path, StringComparison.Ordinal);
        Assert.Equal("Rules for dog owners", rules.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.EndsWith("/dog-name", name.Path, StringComparison.Ordinal);
        Assert.EndsWith("/check-answers", back.Path, StringComparison.Ordinal);
        Assert.Contains("Rex", back.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
