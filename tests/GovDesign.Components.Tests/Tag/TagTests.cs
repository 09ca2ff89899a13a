namespace GovDesign.Components.Tests.Tag;

public sealed class TagTests
{
    [Fact]
    public async Task Render_TextWithMarkup_IsEncoded()
    {
        var html = await Render.Html<Components.Tag>("""{ "text": "<b>Done</b>" }""");

        Assert.Contains("&lt;b&gt;Done&lt;/b&gt;", html);
    }

    [Fact]
    public async Task Render_Classes_FollowTheTagClass()
    {
        var html = await Render.Html<Components.Tag>("""{ "text": "Done", "classes": "govuk-tag--green" }""");

        Assert.Contains("class=\"govuk-tag govuk-tag--green\"", html);
    }
}
