using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.NotificationBanner;

public sealed class NotificationBannerTests
{
    [Fact]
    public async Task Render_WithoutContent_ThrowsNamingTheTextOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.NotificationBanner>("""{ "titleText": "Important" }"""));

        Assert.Equal("NotificationBanner: option 'text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_TitleHeadingLevelOutsideOneToSix_ThrowsNamingTheOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.NotificationBanner>("""{ "text": "Sent", "titleHeadingLevel": 9 }"""));

        Assert.Equal("NotificationBanner: option 'titleHeadingLevel' must be a heading level from 1 to 6, not 9", error.Message);
    }

    [Theory]
    [InlineData("cy", """{ "text": "Sent" }""", "Pwysig")]
    [InlineData("cy", """{ "text": "Sent", "type": "success" }""", "Llwyddiant")]
    [InlineData("vi", """{ "text": "Sent" }""", "Quan trọng")]
    [InlineData("vi", """{ "text": "Sent", "type": "success" }""", "Thành công")]
    public async Task Render_WithoutTitle_ShowsTheDefaultTitleInTheCurrentLanguage(string culture, string options, string expected)
    {
        var html = await Render.Html<Components.NotificationBanner>(options, culture);

        Assert.Contains($"id=\"govuk-notification-banner-title\">{expected}</h2>", html);
    }
}
