namespace GovDesign.Components.Tests.ExitThisPage;

public sealed class ExitThisPageTests
{
    [Theory]
    [InlineData("en", "<span class=\"govuk-visually-hidden\">Emergency</span> Exit this page")]
    [InlineData("cy", "<span class=\"govuk-visually-hidden\">Argyfwng</span> Gadael y dudalen hon")]
    [InlineData("vi", "<span class=\"govuk-visually-hidden\">Khẩn cấp</span> Thoát khỏi trang này")]
    public async Task Render_WithoutText_SaysEmergencyExitThisPageInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.ExitThisPage>("{}", culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_InEnglishWithoutMessages_LeavesTheJavaScriptMessagesToGovukFrontend()
    {
        var html = await Render.Html<Components.ExitThisPage>("{}");

        Assert.DoesNotContain("data-i18n", html);
    }

    [Fact]
    public async Task Render_InWelsh_GivesTheJavaScriptItsMessagesInWelsh()
    {
        var html = await Render.Html<Components.ExitThisPage>("{}", "cy");

        Assert.Contains("data-i18n.activated=\"Yn llwytho.\"", html);
        Assert.Contains("data-i18n.press-two-more-times=\"Shift, pwyswch 2 waith eto i adael.\"", html);
        Assert.Contains("data-i18n.press-one-more-time=\"Shift, pwyswch 1 waith eto i adael.\"", html);
        Assert.Contains("data-i18n.timed-out=", html);
    }

    [Fact]
    public async Task Render_InWelshWithAMessage_PrefersTheMessageGiven()
    {
        var html = await Render.Html<Components.ExitThisPage>("""{ "activatedText": "Wrthi'n gadael" }""", "cy");

        Assert.Contains("data-i18n.activated=\"Wrthi&#x27;n gadael\"", html);
    }
}
