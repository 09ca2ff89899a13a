namespace GovDesign.Patterns.Tests.Pages;

/// <summary>Step-by-step navigation: a labelled landmark with numbered steps, "and" and "or" steps, and the current step marked.</summary>
public sealed class StepByStepNavigationTests
{
    private static readonly StepByStepStep[] Steps =
    [
        new() { Title = "Check you can fish", Summary = "Most people over 13 need a licence.", Links = [new("Who needs a licence", "/who")] },
        new() { Title = "Get a rod licence", Current = true, Links = [new("Buy a rod licence", "/buy") { Context = "£30", Current = true }] },
        new() { Title = "Get a boat permit", Logic = StepLogic.And },
        new() { Title = "Join an angling club", Logic = StepLogic.Or },
        new() { Title = "Report your catch" },
    ];

    [Fact]
    public async Task Render_IsANavigationLandmarkLabelledByItsHeading()
    {
        var page = await Render("en");

        var nav = page.QuerySelector("nav")!;
        Assert.Equal("fishing-title", nav.GetAttribute("aria-labelledby"));
        Assert.Equal("Fishing: step by step", page.QuerySelector("h2#fishing-title")!.TextContent);
        Assert.Equal(5, nav.QuerySelectorAll("ol > li").Length);
    }

    [Theory]
    [InlineData("en", "Step 1", "Step 2", "and", "or", "Step 3", "You are here")]
    [InlineData("cy", "Cam 1", "Cam 2", "a", "neu", "Cam 3", "Rydych chi yma")]
    [InlineData("vi", "Bước 1", "Bước 2", "và", "hoặc", "Bước 3", "Bạn đang ở đây")]
    public async Task Render_LabelsEachStep_SharingTheNumberForAndAndOr(string language, string first, string second, string and, string or, string third, string here)
    {
        var page = await Render(language);

        Assert.Equal([first, second, and, or, third], page.QuerySelectorAll("h3 .govuk-caption-m").Select(c => c.TextContent));
        var current = Assert.Single(page.QuerySelectorAll("li[aria-current=step]"));
        Assert.Equal(here, current.QuerySelector(".govuk-tag")!.TextContent);
    }

    [Fact]
    public async Task Render_Links_CarryTheirContextAndMarkTheCurrentPage()
    {
        var page = await Render("en");

        var link = page.QuerySelector("a[href='/buy']")!;
        Assert.Equal("page", link.GetAttribute("aria-current"));
        Assert.Equal("£30", link.NextElementSibling!.TextContent);
        Assert.Null(page.QuerySelector("a[href='/who']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Render_AndAndOrSteps_AreJoinedToTheStepBefore()
    {
        var page = await Render("en");

        var joined = page.QuerySelectorAll("ol > li").Select(li => li.ClassList.Contains("govdesign-step-by-step__step--joined"));
        Assert.Equal([false, false, true, true, false], joined);
        Assert.All(page.QuerySelectorAll("ol > li"), li => Assert.Contains("govdesign-step-by-step__step", li.ClassList));
    }

    [Fact]
    public async Task Render_FirstStepMarkedAnd_IsStillStepOne()
    {
        var page = await PageRenderer.RenderAsync<StepByStepNavigation>(new()
        {
            [nameof(StepByStepNavigation.Title)] = "Steps",
            [nameof(StepByStepNavigation.Steps)] = new StepByStepStep[] { new() { Title = "Only", Logic = StepLogic.Or } },
        });

        Assert.Equal("Step 1", page.QuerySelector("h3 .govuk-caption-m")!.TextContent);
    }

    private static Task<AngleSharp.Dom.IDocument> Render(string language) => PageRenderer.RenderAsync<StepByStepNavigation>(new()
    {
        [nameof(StepByStepNavigation.Title)] = "Fishing: step by step",
        [nameof(StepByStepNavigation.Steps)] = Steps,
        [nameof(StepByStepNavigation.TitleId)] = "fishing-title",
    }, language);
}
