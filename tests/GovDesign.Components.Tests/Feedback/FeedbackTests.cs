using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Feedback;

public sealed class FeedbackTests
{
    [Theory]
    [InlineData("en", "Help us improve this service")]
    [InlineData("cy", "Helpwch ni i wella")]
    [InlineData("vi", "Hãy giúp chúng tôi cải thiện dịch vụ này")]
    public async Task Render_WithoutTitle_AsksForHelpInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.Feedback>("""{ "text": "Tell us" }""", culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_HeadingLevelOutOfRange_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Feedback>("""{ "titleText": "Help", "headingLevel": 7 }"""));

        Assert.Equal("Feedback: option 'headingLevel' must be from 1 to 6, not 7", error.Message);
    }

    [Fact]
    public async Task Render_TextBody_IsOneParagraph()
    {
        var html = await Render.Html<Components.Feedback>("""{ "titleText": "Help", "text": "Tell us" }""");

        Assert.Contains("<p class=\"govuk-body\">Tell us</p>", html);
    }
}
