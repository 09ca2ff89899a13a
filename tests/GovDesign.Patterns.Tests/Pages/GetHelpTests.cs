namespace GovDesign.Patterns.Tests.Pages;

/// <summary>How to get help with a service: the block the confirmation and error pages show.</summary>
public sealed class GetHelpTests
{
    private static readonly HelpContact Everything = new()
    {
        Organisation = "Register Office",
        Email = "help@example.gov.uk",
        Phone = "0300 111 2222",
        Hours = "Monday to Friday, 9am to 4pm",
        Url = "https://example.gov.uk/help",
    };

    [Theory]
    [InlineData("en", "Get help", "Email: help@example.gov.uk", "Telephone: 0300 111 2222", "Other ways to get help")]
    [InlineData("cy", "Cael help", "E-bost: help@example.gov.uk", "Ffôn: 0300 111 2222", "Ffyrdd eraill o gael help")]
    [InlineData("vi", "Nhận trợ giúp", "Email: help@example.gov.uk", "Điện thoại: 0300 111 2222", "Các cách khác để được trợ giúp")]
    public async Task Render_EveryWay_ShowsEachUnderALocalisedHeading(string language, string heading, string email, string phone, string more)
    {
        var page = await PageRenderer.RenderAsync<GetHelp>(new() { [nameof(GetHelp.Contact)] = Everything }, language);

        var paragraphs = page.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(heading, page.QuerySelector("h2.govuk-heading-m")!.TextContent);
        Assert.Equal(["Register Office", email, phone + "Monday to Friday, 9am to 4pm", more], paragraphs.Select(p => p.Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal)));
        Assert.Equal("mailto:help@example.gov.uk", page.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("https://example.gov.uk/help", page.QuerySelectorAll("a").Last().GetAttribute("href"));
    }

    [Fact]
    public async Task Render_OnlyAnOrganisation_ShowsNothing()
    {
        var page = await PageRenderer.RenderAsync<GetHelp>(new() { [nameof(GetHelp.Contact)] = new HelpContact { Organisation = "Register Office" } });

        Assert.Empty(page.Body!.Children);
    }
}
