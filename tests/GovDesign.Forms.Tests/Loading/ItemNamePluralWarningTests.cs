using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>The warning for an add-another page that names one item but not several.</summary>
public sealed class ItemNamePluralWarningTests
{
    [Fact]
    public void Load_ItemNameWithoutPlural_WarnsAtTheItemNameAndStillLoads()
    {
        var source = Marked.Parse(TestForms.Form(TestForms.Page("stalls", more: """, "repeat": { "itemName": §"stall" }""")));

        var result = FormLoader.Load(source.Json);

        Assert.NotNull(result.Form);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("repeat.itemNamePlural", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("/pages/0/repeat/itemName", diagnostic.Pointer);
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("(like \"stalls\")", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ItemNameWithPlural_HasNoDiagnostics()
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("stalls", more: """, "repeat": { "itemName": "stall", "itemNamePlural": "stalls" }""")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("stalls", result.Form?.FindPage("stalls")?.Repeat?.ItemNamePlural?.ToString());
    }
}
