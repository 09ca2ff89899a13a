using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.Table;

public sealed class TableTests
{
    [Fact]
    public async Task Render_WithoutRows_ThrowsNamingTheRowsOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Table>("""{ "caption": "Rates" }"""));

        Assert.Equal("Table: option 'rows' is required: a list of rows, each a list of cells", error.Message);
    }

    [Fact]
    public async Task Render_RowThatIsAnObjectNotAList_ThrowsNamingTheRow()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Table>(
            """{ "rows": [[{ "text": "January" }], { "text": "February" }] }"""));

        Assert.Equal("Table: option 'rows[1]' must be a list, not an object", error.Message);
    }

    [Fact]
    public async Task Render_CellThatIsText_ThrowsNamingTheCell()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.Table>("""{ "rows": [[{ "text": "January" }, "£85"]] }"""));

        Assert.Equal("Table: option 'rows[0][1]' must be an object of options, not the text \"£85\"", error.Message);
    }

    [Fact]
    public async Task Render_FirstCellIsHeader_MakesOnlyTheFirstCellARowHeader()
    {
        var html = await Render.Html<Components.Table>(
            """{ "firstCellIsHeader": true, "rows": [[{ "text": "January", "format": "numeric" }, { "text": "£85", "format": "numeric" }]] }""");

        Assert.Contains("<th scope=\"row\" class=\"govuk-table__header\">January</th>", html);
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">£85</td>", html);
    }
}
