using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.GenericHeader;

public sealed class GenericHeaderTests
{
    [Fact]
    public async Task Render_WithoutLogo_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.GenericHeader>("""{ "url": "/" }"""));

        Assert.StartsWith("GenericHeader: option 'logoText' is required", error.Message);
    }

    [Fact]
    public async Task Render_LogoText_IsEncodedAndHasNoCrown()
    {
        var html = await Render.Html<Components.GenericHeader>("""{ "logoText": "<b>Ministry</b>" }""");

        Assert.Contains("&lt;b&gt;Ministry&lt;/b&gt;", html);
        Assert.DoesNotContain("<svg", html);
    }
}
