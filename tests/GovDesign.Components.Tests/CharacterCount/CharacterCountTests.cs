using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.CharacterCount;

public sealed class CharacterCountTests
{
    private static async Task<IDocument> Render(string options, string culture = "en") =>
        new HtmlParser().ParseDocument(await Tests.Render.Html<Components.CharacterCount>(options, culture));

    [Fact]
    public async Task Render_WithoutNameOrId_ThrowsNamingComponentAndOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render("""{ "maxlength": 10 }"""));

        Assert.Equal("CharacterCount: option 'name' is required (or give an id)", error.Message);
    }

    [Theory]
    [InlineData("en", """{ "name": "a", "maxlength": 10 }""", "You can enter up to 10 characters")]
    [InlineData("cy", """{ "name": "a", "maxlength": 10 }""", "Gallwch roi hyd at 10 nod")]
    [InlineData("vi", """{ "name": "a", "maxlength": 10 }""", "Bạn có thể nhập tối đa 10 ký tự")]
    [InlineData("cy", """{ "name": "a", "maxwords": 7 }""", "Gallwch roi hyd at 7 gair")]
    [InlineData("vi", """{ "name": "a", "maxwords": 7 }""", "Bạn có thể nhập tối đa 7 từ")]
    public async Task Render_WithLimit_DescribesItInTheCurrentLanguage(string culture, string options, string expected)
    {
        var page = await Render(options, culture);

        Assert.Equal(expected, page.QuerySelector("#a-info")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_InWelsh_GivesTheScriptWelshMessages()
    {
        var page = await Render("""{ "name": "a", "maxlength": 10 }""", "cy");

        var group = page.QuerySelector(".govuk-form-group")!;
        Assert.Equal("Mae gennych %{count} nod yn weddill", group.GetAttribute("data-i18n.characters-under-limit.other"));
        Assert.Equal("Mae gennych %{count} nod yn weddill", group.GetAttribute("data-i18n.characters-under-limit.one"));
        Assert.Equal("Mae gennych 0 gair yn weddill", group.GetAttribute("data-i18n.words-at-limit"));
        Assert.Equal("Mae gennych %{count} gair yn ormod", group.GetAttribute("data-i18n.words-over-limit.other"));
        Assert.Null(group.GetAttribute("data-i18n.textarea-description.other"));
    }

    [Fact]
    public async Task Render_InWelshWithoutLimit_GivesTheScriptAWelshDescription()
    {
        var page = await Render("""{ "name": "a" }""", "cy");

        Assert.Equal("Gallwch roi hyd at %{count} nod",
            page.QuerySelector(".govuk-form-group")!.GetAttribute("data-i18n.textarea-description.other"));
    }

    [Fact]
    public async Task Render_InWelshWithGivenMessage_KeepsTheGivenMessage()
    {
        var page = await Render("""{ "name": "a", "maxlength": 10, "charactersAtLimitText": "Dim ar ôl" }""", "cy");

        Assert.Equal("Dim ar ôl", page.QuerySelector(".govuk-form-group")!.GetAttribute("data-i18n.characters-at-limit"));
    }

    [Fact]
    public async Task Render_InEnglish_LeavesTheScriptItsOwnMessages()
    {
        var page = await Render("""{ "name": "a", "maxlength": 10 }""");

        var group = page.QuerySelector(".govuk-form-group")!;
        Assert.DoesNotContain(group.Attributes, attribute => attribute.Name.StartsWith("data-i18n", StringComparison.Ordinal));
    }
}
