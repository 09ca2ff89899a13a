using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Select;

public sealed class SelectTests
{
    [Fact]
    public async Task Render_WithoutName_ThrowsNamingSelectAndName()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.Select>("""{ "label": { "text": "Colour" }, "items": [{ "text": "Red" }] }"""));

        Assert.StartsWith("Select: option 'name' is required", error.Message);
    }

    [Fact]
    public async Task Render_ItemThatIsNotAnObject_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.Select>("""{ "name": "colour", "items": ["Red"] }"""));

        Assert.Equal("Select", error.Component);
        Assert.Equal("items[0]", error.Option);
    }

    [Fact]
    public async Task Render_WithValue_SelectsTheOptionAndPutsNoValueOnTheSelect()
    {
        var html = await Render.Html<Components.Select>("""
            { "name": "colour", "value": "green", "items": [{ "value": "red", "text": "Red" }, { "value": "green", "text": "Green" }] }
            """);

        Assert.Matches("<option value=\"green\"[^>]*selected", html);
        Assert.DoesNotMatch("<option value=\"red\"[^>]*selected", html);
        Assert.DoesNotMatch("<select[^>]*value=", html);
    }

    [Theory]
    [InlineData("cy", "Gwall:")]
    [InlineData("vi", "Lỗi:")]
    public async Task Render_WithErrorMessage_PrefixesItInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.Select>("""
            { "name": "colour", "errorMessage": { "text": "Select a colour" }, "items": [{ "text": "Red" }] }
            """, culture);

        Assert.Contains(expected, html);
    }
}
