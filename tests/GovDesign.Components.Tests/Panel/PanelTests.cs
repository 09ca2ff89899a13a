using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Panel;

public sealed class PanelTests
{
    [Fact]
    public async Task Render_WithoutTitle_ThrowsNamingTheTitleOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Panel>("""{ "text": "Your reference is HDJ2123F" }"""));

        Assert.Equal("Panel: option 'titleText' is required, or give 'titleHtml'", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public async Task Render_HeadingLevelOutsideOneToSix_ThrowsNamingTheLevel(int level)
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Panel>($$"""{ "titleText": "Done", "headingLevel": {{level}} }"""));

        Assert.Equal($"Panel: option 'headingLevel' must be a heading level from 1 to 6, not {level}", error.Message);
    }

    [Fact]
    public async Task Render_ActionWithoutText_ThrowsNamingTheAction()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Panel>(
            """{ "titleText": "Check", "classes": "govuk-panel--interruption", "actions": { "items": [{ "text": "Yes" }, { "href": "#" }] } }"""));

        Assert.Equal("Panel", error.Component);
        Assert.Equal("actions.items[1].text", error.Option);
    }

    [Fact]
    public async Task Render_ConfirmationPanelWithActions_LeavesTheActionsOut()
    {
        var html = await Render.Html<Components.Panel>("""{ "titleText": "Done", "actions": { "items": [{ "text": "Yes" }] } }""");

        Assert.Contains("govuk-panel--confirmation", html);
        Assert.DoesNotContain("govuk-panel__actions", html);
    }
}
