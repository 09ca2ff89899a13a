namespace GovDesign.Components.Tests.BackLink;

public sealed class BackLinkTests
{
    [Theory]
    [InlineData("en", ">Back</a>")]
    [InlineData("cy", ">Yn ôl</a>")]
    [InlineData("vi", ">Quay lại</a>")]
    public async Task Render_WithoutText_ShowsBackInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.BackLink>("{}", culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_TextWithMarkup_IsEncoded()
    {
        var html = await Render.Html<Components.BackLink>("""{ "text": "<script>alert(1)</script>" }""");

        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }
}
