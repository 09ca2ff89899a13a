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

    [Theory]
    [InlineData("en", "Textphone: 18001 0300 111 2222", "Find out about call charges", "Post:")]
    [InlineData("cy", "Ffôn testun: 18001 0300 111 2222", "Gwybodaeth am gost galwadau", "Post:")]
    [InlineData("vi", "Điện thoại văn bản: 18001 0300 111 2222", "Tìm hiểu về cước phí cuộc gọi", "Gửi thư:")]
    public async Task Render_TextphoneCallChargesAndPost_ShowsEachLocalised(string language, string textphone, string charges, string post)
    {
        var contact = Everything with { Textphone = "18001 0300 111 2222", CallChargesUrl = "/call-charges", PostalAddress = "Register Office\n1 High Street\nExampleton EX1 1AA" };

        var page = await PageRenderer.RenderAsync<GetHelp>(new() { [nameof(GetHelp.Contact)] = contact }, language);

        var paragraphs = page.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains(textphone, paragraphs);
        Assert.Equal("/call-charges", page.QuerySelectorAll("a").Single(a => a.TextContent == charges).GetAttribute("href"));
        var address = page.QuerySelectorAll("p").Single(p => p.TextContent.Trim().StartsWith(post, StringComparison.Ordinal));
        Assert.Equal(3, address.QuerySelectorAll("br").Length);
        Assert.Contains("1 High Street", address.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_CallChargesWithoutANumber_ShowsNoCallChargesLink()
    {
        var contact = new HelpContact { Email = "help@example.gov.uk", CallChargesUrl = "/call-charges" };

        var page = await PageRenderer.RenderAsync<GetHelp>(new() { [nameof(GetHelp.Contact)] = contact });

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/call-charges");
    }

    [Fact]
    public async Task Render_OnlyAPostalAddress_ShowsTheHeadingAndAddress()
    {
        var page = await PageRenderer.RenderAsync<GetHelp>(new() { [nameof(GetHelp.Contact)] = new HelpContact { PostalAddress = "1 High Street" } });

        Assert.NotNull(page.QuerySelector("h2"));
        Assert.Contains("1 High Street", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
