using GovDesign.Components.Binding;
using GovDesign.Frontend;

namespace GovDesign.Components.Tests.Radios;

public sealed class RadiosTests
{
    [Fact]
    public async Task Render_WithoutName_ThrowsNamingRadiosAndName()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.Radios>("""{ "items": [{ "value": "yes", "text": "Yes" }] }"""));

        Assert.Equal("Radios", error.Component);
        Assert.Equal("name", error.Option);
        Assert.StartsWith("Radios: option 'name' is required", error.Message);
    }

    [Fact]
    public async Task Render_ItemThatIsNotAnObject_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.Radios>("""{ "name": "answer", "items": [{ "value": "yes", "text": "Yes" }, "No"] }"""));

        Assert.Equal("items[1]", error.Option);
        Assert.Contains("must be an object", error.Message);
    }

    [Fact]
    public async Task Render_NullItem_StillCountsWhenTheNextRadioIsNumbered()
    {
        var items = new RadiosItem?[] { new() { Value = "yes", Text = "Yes" }, null, new() { Value = "no", Text = "No" } };

        var html = await RenderWith(new() { ["Name"] = "answer", ["Items"] = items });

        Assert.Contains("id=\"answer-3\"", html);
        Assert.DoesNotContain("id=\"answer-2\"", html);
    }

    [Fact]
    public async Task Render_ValueMatchingAnItem_ChecksItAndRevealsItsConditionalContent()
    {
        var html = await Render.Html<Components.Radios>("""
            { "name": "contact", "value": "email",
              "items": [{ "value": "email", "text": "Email", "conditional": { "html": "<p>Address</p>" } }] }
            """);

        Assert.Contains("checked", html);
        Assert.Contains("class=\"govuk-radios__conditional\"", html);
    }

    [Theory]
    [InlineData("cy", "Gwall:")]
    [InlineData("vi", "Lỗi:")]
    public async Task Render_WithErrorMessage_PrefixesItInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.Radios>("""
            { "name": "answer", "errorMessage": { "text": "Select one" }, "items": [{ "value": "yes", "text": "Yes" }] }
            """, culture);

        Assert.Contains(expected, html);
    }

    private static async Task<string> RenderWith(Dictionary<string, object?> parameters)
    {
        await using var renderer = new FixtureRenderer();
        return await renderer.RenderAsync(new BoundFixture(typeof(Components.Radios), parameters));
    }
}
