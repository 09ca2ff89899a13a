using AngleSharp.Html.Parser;
using GovDesign.Frontend;

namespace GovDesign.Components.Tests.Common;

public sealed class FormFieldTests
{
    public static TheoryData<Type, string, string> Fields => new()
    {
        { typeof(Components.Input), "Name", "input.govuk-input" },
        { typeof(Components.PasswordInput), "Name", "input.govuk-password-input__input" },
        { typeof(Components.Textarea), "Name", "textarea.govuk-textarea" },
        { typeof(Components.CharacterCount), "Name", "textarea.govuk-js-character-count" },
        { typeof(Components.Select), "Name", "select.govuk-select" },
        { typeof(Components.FileUpload), "Name", "input.govuk-file-upload" },
        { typeof(Components.DateInput), "Id", "div.govuk-date-input" },
        { typeof(Components.Radios), "Name", "div.govuk-radios" },
        { typeof(Components.Checkboxes), "Name", "div.govuk-checkboxes" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Render_WithUnmatchedRazorAttribute_PutsItOnTheFieldsOwnElement(Type field, string required, string element)
    {
        var parameters = new Dictionary<string, object?> { [required] = "field", ["data-unmatched"] = "yes" };

        await using var renderer = new FixtureRenderer();
        var html = await renderer.RenderAsync(new BoundFixture(field, parameters));

        var target = new HtmlParser().ParseDocument(html).QuerySelector(element);
        Assert.NotNull(target);
        Assert.Equal("yes", target.GetAttribute("data-unmatched"));
    }
}
