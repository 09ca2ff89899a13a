using AngleSharp.Html.Parser;
using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Input;

public sealed class InputTests
{
    [Fact]
    public async Task Render_WithoutNameOrId_ThrowsNamingComponentAndOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Input>("""{ "label": { "text": "Name" } }"""));

        Assert.Equal("Input", error.Component);
        Assert.StartsWith("Input: option 'name' is required", error.Message);
    }

    [Fact]
    public async Task Render_WithIdButNoName_UsesTheIdAndKeepsAnEmptyName()
    {
        var html = await Render.Html<Components.Input>("""{ "id": "ref", "label": { "text": "Reference" } }""");

        var input = new HtmlParser().ParseDocument(html).QuerySelector("input")!;
        Assert.Equal("ref", input.Id);
        Assert.Equal("", input.GetAttribute("name"));
    }

    [Fact]
    public async Task Render_WithHintAndError_LinksBothAfterDescribedBy()
    {
        var html = await Render.Html<Components.Input>(
            """{ "name": "ni", "describedBy": "other", "label": { "text": "NI" }, "hint": { "text": "H" }, "errorMessage": { "text": "E" } }""");

        var input = new HtmlParser().ParseDocument(html).QuerySelector("input")!;
        Assert.Equal("other ni-hint ni-error", input.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Render_PrefixText_IsEncoded()
    {
        var html = await Render.Html<Components.Input>("""{ "name": "amount", "label": { "text": "Amount" }, "prefix": { "text": "<b>£</b>" } }""");

        Assert.Contains("&lt;b&gt;", html);
        Assert.DoesNotContain("<b>", html);
    }
}
