using AngleSharp.Html.Parser;
using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Textarea;

public sealed class TextareaTests
{
    [Fact]
    public async Task Render_WithoutNameOrId_ThrowsNamingComponentAndOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Textarea>("""{ "label": { "text": "More" } }"""));

        Assert.Equal("Textarea", error.Component);
        Assert.StartsWith("Textarea: option 'name' is required", error.Message);
    }

    [Fact]
    public async Task Render_Value_IsTheEncodedContentOfTheTextarea()
    {
        var html = await Render.Html<Components.Textarea>("""{ "name": "more", "value": "</textarea><script>x</script>" }""");

        var textarea = new HtmlParser().ParseDocument(html).QuerySelector("textarea")!;
        Assert.Equal("</textarea><script>x</script>", textarea.TextContent);
        Assert.Null(textarea.GetAttribute("value"));
    }

    [Theory]
    [InlineData("""{ "name": "more" }""", "5")]
    [InlineData("""{ "name": "more", "rows": 0 }""", "5")]
    [InlineData("""{ "name": "more", "rows": "8" }""", "8")]
    public async Task Render_Rows_DefaultsToFive(string options, string rows)
    {
        var html = await Render.Html<Components.Textarea>(options);

        Assert.Equal(rows, new HtmlParser().ParseDocument(html).QuerySelector("textarea")!.GetAttribute("rows"));
    }
}
