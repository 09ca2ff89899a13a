using GovDesign.Forms.Answers;
using GovDesign.Forms.Loading;
using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>The form definition reference adds what the schema cannot say from the answer kind registry, and shows the schema's defaults.</summary>
public sealed class FormReferenceRegistryTests
{
    private static readonly Lazy<string> Body = new(() =>
        Html.Parse(SchemaReference.Render(FormLoader.SchemaText, note: SchemaReferences.NoteFor("form")).Html).Body!.TextContent);

    [Fact]
    public void Render_FormSchema_GivesEveryQuestionKindTheOperatorsTheRegistryAllows()
    {
        foreach (var kind in AnswerKinds.All)
        {
            Assert.Contains($"Operators in conditions on its answer: {string.Join(", ", kind.Operators(kind.DefaultSettings))}.", Body.Value, StringComparison.Ordinal);
        }

        Assert.Contains("Operators in conditions on its answer: answered.", Body.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PropertyWithADefault_SaysTheDefault()
    {
        var page = Html.Parse(SchemaReference.Render("""{ "type": "object", "properties": { "size": { "type": "integer", "default": 2, "description": "How big." } } }""").Html);

        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent == "Default: 2.");
    }
}
