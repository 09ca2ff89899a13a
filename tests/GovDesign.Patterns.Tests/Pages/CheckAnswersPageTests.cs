using AngleSharp.Dom;

namespace GovDesign.Patterns.Tests.Pages;

public sealed class CheckAnswersPageTests
{
    private static readonly CheckAnswersSection[] Sections =
    [
        new("Personal details",
        [
            new CheckAnswersRow("Name", "Ada <b>Lovelace</b>") { ChangeHref = "/name" },
            new CheckAnswersRow("Address", "1 High Street\nTown\nAB1 2CD") { ChangeHref = "/address?step=2", ChangeVisuallyHiddenText = "home address" },
        ]),
        new("Declaration", [new CheckAnswersRow("Agreed", "Yes")]),
    ];

    private static Task<IDocument> RenderAsync(Dictionary<string, object?>? extra = null)
    {
        var parameters = new Dictionary<string, object?>
        {
            [nameof(CheckAnswersPage.Layout)] = PageRenderer.Layout,
            [nameof(CheckAnswersPage.Sections)] = Sections,
            [nameof(CheckAnswersPage.Action)] = "/send",
        };
        foreach (var (key, value) in extra ?? [])
        {
            parameters[key] = value;
        }

        return PageRenderer.RenderAsync<CheckAnswersPage>(parameters);
    }

    [Fact]
    public async Task ChangeLinks_GoToTheQuestion_WithTheReturnMarker()
    {
        var page = await RenderAsync();

        var links = page.QuerySelectorAll(".govuk-summary-list__actions a");
        Assert.Equal(["/name?returnTo=check-answers", "/address?step=2&returnTo=check-answers"], links.Select(a => a.GetAttribute("href")));
        Assert.StartsWith("Change home address", links[1].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeLinks_UseTheChangeHrefFunctionWhenGiven()
    {
        var page = await RenderAsync(new() { [nameof(CheckAnswersPage.ChangeHref)] = (Func<string, string>)(href => href + "/edit") });

        Assert.Equal("/name/edit", page.QuerySelector(".govuk-summary-list__actions a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/name", "/name?returnTo=check-answers")]
    [InlineData("/name?a=1", "/name?a=1&returnTo=check-answers")]
    [InlineData("/name#day", "/name?returnTo=check-answers#day")]
    public void WithReturnTo_AddsTheMarkerToTheQuery(string href, string expected)
    {
        Assert.Equal(expected, CheckAnswersPage.WithReturnTo(href));
    }

    [Theory]
    [InlineData("?returnTo=check-answers", true)]
    [InlineData("?a=1&returnTo=check-answers", true)]
    [InlineData("?returnTo=elsewhere", false)]
    [InlineData("?returnTo=check-answers&returnTo=x", false)]
    [InlineData("", false)]
    public void IsReturning_ReadsTheMarkerFromTheQuery(string query, bool expected)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query);

        Assert.Equal(expected, CheckAnswersPage.IsReturning(context.Request));
    }

    [Fact]
    public async Task Answers_AreEncoded_AndKeepTheirLineBreaks()
    {
        var page = await RenderAsync();

        var values = page.QuerySelectorAll(".govuk-summary-list__value");
        Assert.Null(values[0].QuerySelector("b"));
        Assert.Equal("Ada <b>Lovelace</b>", values[0].TextContent.Trim());
        Assert.Equal(2, values[1].QuerySelectorAll("br").Length);
    }

    [Fact]
    public async Task TitledSections_AreSummaryCards()
    {
        var page = await RenderAsync();

        Assert.Equal(["Personal details", "Declaration"], page.QuerySelectorAll(".govuk-summary-card__title").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Declaration_EndsWithAFormThatSends()
    {
        var page = await RenderAsync();

        var form = page.QuerySelector("main form")!;
        Assert.Equal("/send", form.GetAttribute("action"));
        Assert.Equal("Accept and send", form.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal("Check your answers before sending them", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Declaration_CanBeLeftOut()
    {
        var page = await RenderAsync(new() { [nameof(CheckAnswersPage.ShowDeclaration)] = false });

        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task ChildContent_WithoutTheDeclaration_ComesUnderTheAnswersInsteadOfTheSendButton()
    {
        var page = await RenderAsync(new()
        {
            [nameof(CheckAnswersPage.ShowDeclaration)] = false,
            [nameof(CheckAnswersPage.ChildContent)] = (Microsoft.AspNetCore.Components.RenderFragment)(b => b.AddMarkupContent(0, "<a class=\"next\" href=\"/next\">Continue</a>")),
        });

        Assert.NotNull(page.QuerySelector(".govuk-summary-card ~ a.next"));
        Assert.Null(page.QuerySelector("main form"));
        Assert.Empty(page.QuerySelectorAll("main h2.govuk-heading-m"));
    }
}
