using AngleSharp.Dom;

namespace GovDesign.Patterns.Tests.Pages;

public sealed class OtherPagesTests
{
    [Fact]
    public async Task ConfirmationPage_ShowsTheReferenceInThePanel_Encoded()
    {
        var page = await PageRenderer.RenderAsync<ConfirmationPage>(new()
        {
            [nameof(ConfirmationPage.Title)] = "Application complete",
            [nameof(ConfirmationPage.Reference)] = "<i>HDJ2123F</i>",
            [nameof(ConfirmationPage.ChildContent)] = PageRenderer.Text("We will write to you."),
            [nameof(ConfirmationPage.FeedbackUrl)] = "/feedback",
        });

        var panel = page.QuerySelector(".govuk-panel--confirmation")!;
        Assert.Equal("Application complete", panel.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("<i>HDJ2123F</i>", panel.QuerySelector("strong")!.TextContent);
        Assert.Equal("What happens next", page.QuerySelector("main h2")!.TextContent);
        Assert.Equal("/feedback", page.QuerySelector("main a[href='/feedback']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "Page not found")]
    [InlineData("cy", "Heb ddod o hyd i'r dudalen")]
    public async Task PageNotFound_HeadingIsTheTitle(string language, string heading)
    {
        var page = await PageRenderer.RenderAsync<PageNotFound>(new(), language);

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(heading, page.Title);
    }

    [Fact]
    public async Task ServiceUnavailable_SaysWhenItIsBack_AndHowToGetHelp()
    {
        var page = await PageRenderer.RenderAsync<ServiceUnavailable>(new()
        {
            [nameof(ServiceUnavailable.AvailableAgain)] = "9am on Monday",
            [nameof(ServiceUnavailable.Contact)] = PageRenderer.Text("Call 0123"),
        });

        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == "You will be able to use the service from 9am on Monday.");
        Assert.Equal("If you need help now", page.QuerySelector("main h2")!.TextContent);
    }

    [Fact]
    public async Task ProblemWithService_SaysWhetherAnswersWereSaved()
    {
        var page = await PageRenderer.RenderAsync<ProblemWithService>(new() { [nameof(ProblemWithService.AnswersSaved)] = true });

        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == "Your answers so far have been saved.");
    }

    [Fact]
    public async Task StartPage_HasAStartButtonLink_AndItsSections()
    {
        var page = await PageRenderer.RenderAsync<StartPage>(new()
        {
            [nameof(StartPage.Title)] = "Apply for a test",
            [nameof(StartPage.StartHref)] = "/first",
            [nameof(StartPage.BeforeYouStart)] = PageRenderer.Text("Have your passport ready."),
            [nameof(StartPage.OtherWays)] = PageRenderer.Text("By post."),
        });

        var start = page.QuerySelector("a.govuk-button--start")!;
        Assert.Equal("/first", start.GetAttribute("href"));
        Assert.Equal(["Before you start", "Other ways to apply"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task InterruptionPage_IsAnInterruptionPanel_WithContinueAndSecondaryLinks()
    {
        var page = await PageRenderer.RenderAsync<InterruptionPage>(new()
        {
            [nameof(InterruptionPage.Title)] = "You may not be eligible",
            [nameof(InterruptionPage.ContinueHref)] = "/next",
            [nameof(InterruptionPage.SecondaryHref)] = "/age",
        });

        var panel = page.QuerySelector(".govuk-panel--interruption")!;
        Assert.Equal("You may not be eligible", panel.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["/next", "/age"], panel.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }
}
