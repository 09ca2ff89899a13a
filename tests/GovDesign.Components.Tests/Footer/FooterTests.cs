using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Footer;

public sealed class FooterTests
{
    [Theory]
    [InlineData("cy", "Mae’r holl gynnwys ar gael dan", "open-government-licence-cymraeg", "Drwydded y Llywodraeth Agored v3.0", "© Hawlfraint y Goron")]
    [InlineData("vi", "Mọi nội dung đều được cung cấp theo", "open-government-licence/version/3/", "Giấy phép Chính phủ Mở phiên bản 3.0", "© Bản quyền Hoàng gia Anh")]
    public async Task Render_WithDefaults_GivesLicenceAndCopyrightInTheCurrentLanguage(string culture, string sentence, string url, string link, string copyright)
    {
        var html = await Render.Html<Components.Footer>("{}", culture);

        Assert.Contains(sentence, html);
        Assert.Contains(url, html);
        Assert.Contains($">{link}</a>", html);
        Assert.Contains(copyright, html);
    }

    [Theory]
    [InlineData("cy", "Dolenni cymorth")]
    [InlineData("vi", "Liên kết hỗ trợ")]
    public async Task Render_MetaWithoutTitle_NamesSupportLinksInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.Footer>("""{ "meta": { "items": [{ "href": "/help", "text": "Help" }] } }""", culture);

        Assert.Contains($"<h2 class=\"govuk-visually-hidden\">{expected}</h2>", html);
    }

    [Fact]
    public async Task Render_ContentLicenceNull_LeavesTheLicenceOut()
    {
        var html = await Render.Html<Components.Footer>("""{ "contentLicence": null }""");

        Assert.DoesNotContain("govuk-footer__licence-description", html);
        Assert.Contains("Crown copyright", html);
    }

    [Fact]
    public async Task Render_ContentLicenceNotGiven_ShowsTheOpenGovernmentLicence()
    {
        var html = await Render.Html<Components.Footer>("{}");

        Assert.Contains(">Open Government Licence v3.0</a>, except where otherwise stated", html);
    }

    [Fact]
    public async Task Render_NavigationWithoutTitle_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Footer>("""{ "navigation": [{ "items": [] }] }"""));

        Assert.Equal("Footer: option 'navigation[0].title' is required", error.Message);
    }

    [Fact]
    public async Task Render_MetaLinkWithoutHref_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Footer>("""{ "meta": { "items": [{ "text": "Help" }] } }"""));

        Assert.Equal("Footer: option 'meta.items[0]' needs both text and href", error.Message);
    }
}
