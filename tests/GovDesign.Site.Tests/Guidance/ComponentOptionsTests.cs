using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

public sealed class ComponentOptionsTests
{
    [Fact]
    public void For_Button_ListsItsParametersWithTheirDocs()
    {
        var options = ComponentOptions.For(ComponentOptions.FindType("Button")!);

        var text = Assert.Single(options, o => o.Name == "Text");
        Assert.Equal("string?", text.Type);
        Assert.StartsWith("The button text.", text.Description);
        Assert.Equal("bool", Assert.Single(options, o => o.Name == "IsStartButton").Type);
        Assert.All(options, o => Assert.NotEqual("", o.Description));
    }

    [Fact]
    public void For_Input_IncludesParametersInheritedFromFormField()
    {
        var options = ComponentOptions.For(ComponentOptions.FindType("Input")!);

        var hint = Assert.Single(options, o => o.Name == "Hint");
        Assert.Equal("HintOptions?", hint.Type);
        Assert.StartsWith("A hint for the question", hint.Description);
        Assert.Contains(options, o => o.Name == "ErrorMessage");
    }

    [Fact]
    public void SimpleName_WritesTypesAsInCSharp()
    {
        Assert.Equal("bool?", ComponentOptions.SimpleName(typeof(bool?)));
        Assert.Equal("IReadOnlyList<string>", ComponentOptions.SimpleName(typeof(IReadOnlyList<string>)));
        Assert.Equal("IReadOnlyDictionary<string, object>", ComponentOptions.SimpleName(typeof(IReadOnlyDictionary<string, object>)));
    }

    [Fact]
    public void FindType_UnknownName_IsNull()
    {
        Assert.Null(ComponentOptions.FindType("NoSuchComponent"));
    }
}
