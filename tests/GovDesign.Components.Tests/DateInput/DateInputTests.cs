using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.DateInput;

public sealed class DateInputTests
{
    private static async Task<IDocument> Render(string options, string culture = "en") =>
        new HtmlParser().ParseDocument(await Tests.Render.Html<Components.DateInput>(options, culture));

    private static string[] Labels(IDocument page) => page.QuerySelectorAll("label").Select(label => label.TextContent.Trim()).ToArray();

    [Fact]
    public async Task Render_WithoutId_ThrowsNamingComponentAndOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render("""{ "namePrefix": "dob" }"""));

        Assert.Equal("DateInput: option 'id' is required", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutName_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render("""{ "id": "dob", "items": [{ "name": "day" }, { "label": "Month" }] }"""));

        Assert.Equal("DateInput: option 'items[1].name' is required", error.Message);
    }

    [Theory]
    [InlineData("en", "Day", "Month", "Year")]
    [InlineData("cy", "Diwrnod", "Mis", "Blwyddyn")]
    [InlineData("vi", "Ngày", "Tháng", "Năm")]
    public async Task Render_WithoutLabels_LabelsTheBoxesInTheCurrentLanguage(string culture, string day, string month, string year)
    {
        var page = await Render("""{ "id": "dob" }""", culture);

        Assert.Equal([day, month, year], Labels(page));
    }

    [Fact]
    public async Task Render_OtherNameInWelsh_IsCapitalisedAsTheMacroDoes()
    {
        var page = await Render("""{ "id": "dob", "items": [{ "name": "day" }, { "name": "hour" }] }""", "cy");

        Assert.Equal(["Diwrnod", "Hour"], Labels(page));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("null")]
    public async Task Render_YearGivenAsFalsy_LeavesTheYearOut(string falsy)
    {
        var page = await Render($$"""{ "id": "dob", "year": {{falsy}} }""");

        Assert.Equal(["dob-day", "dob-month"], page.QuerySelectorAll("input").Select(input => input.Id).ToArray());
    }

    [Fact]
    public async Task Render_ItemInputmode_ReplacesNumeric()
    {
        var page = await Render("""{ "id": "dob", "items": [{ "name": "day", "inputmode": "text" }, { "name": "month" }] }""");

        Assert.Equal(["text", "numeric"], page.QuerySelectorAll("input").Select(input => input.GetAttribute("inputmode")).ToArray());
    }
}
