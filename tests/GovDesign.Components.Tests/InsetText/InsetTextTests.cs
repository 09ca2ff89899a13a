using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.InsetText;

public sealed class InsetTextTests
{
    [Fact]
    public async Task Render_WithoutContent_ThrowsNamingTheTextOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.InsetText>("""{ "id": "note" }"""));

        Assert.Equal("InsetText: option 'text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_WithEmptyId_LeavesTheIdOut()
    {
        var html = await Render.Html<Components.InsetText>("""{ "id": "", "text": "Note" }""");

        Assert.DoesNotContain("id=", html);
    }
}
