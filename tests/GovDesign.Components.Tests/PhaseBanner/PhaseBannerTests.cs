using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.PhaseBanner;

public sealed class PhaseBannerTests
{
    [Fact]
    public async Task Render_WithoutAMessage_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.PhaseBanner>("""{ "tag": { "text": "Beta" } }"""));

        Assert.StartsWith("PhaseBanner: option 'text' is required", error.Message);
    }

    [Fact]
    public async Task Render_TagClasses_FollowTheBannersTagClass()
    {
        var html = await Render.Html<Components.PhaseBanner>("""{ "text": "New", "tag": { "text": "Beta", "classes": "govuk-tag--grey" } }""");

        Assert.Contains("class=\"govuk-tag govuk-phase-banner__content__tag govuk-tag--grey\"", html);
    }
}
