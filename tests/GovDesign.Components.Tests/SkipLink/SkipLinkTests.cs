namespace GovDesign.Components.Tests.SkipLink;

public sealed class SkipLinkTests
{
    [Theory]
    [InlineData("en", ">Skip to main content</a>")]
    [InlineData("cy", ">Neidio i&#x27;r prif gynnwys</a>")]
    [InlineData("vi", ">Chuyển đến nội dung chính</a>")]
    public async Task Render_WithoutText_SaysSkipToMainContentInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.SkipLink>("{}", culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_WithoutHref_SkipsToTheContentId()
    {
        var html = await Render.Html<Components.SkipLink>("""{ "text": "Skip" }""");

        Assert.Contains("href=\"#content\"", html);
    }
}
