namespace GovDesign.Components.Tests.Header;

public sealed class HeaderTests
{
    [Fact]
    public async Task Render_ProductName_IsEncodedBesideTheLogo()
    {
        var html = await Render.Html<Components.Header>("""{ "productName": "<i>Design</i>" }""");

        Assert.Contains("<span class=\"govuk-header__product-name\">&lt;i&gt;Design&lt;/i&gt;</span>", html);
        Assert.Contains("aria-label=\"GOV.UK\"", html);
    }
}
