using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>The reference writer over small schemas of our own, one keyword at a time.</summary>
public sealed class SchemaReferenceTests
{
    private const string Schema = """
        {
          "title": "A thing",
          "type": "object",
          "properties": {
            "size": { "type": "string", "enum": ["s", "m"], "description": "How big." },
            "label": { "$ref": "#/$defs/text", "description": "What it says <b>here</b>." },
            "parts": { "type": "array", "items": { "$ref": "#/$defs/part" }, "minItems": 1, "description": "Its parts." }
          },
          "required": ["size"],
          "additionalProperties": false,
          "$defs": {
            "text": { "description": "Words.", "oneOf": [ { "title": "a string", "type": "string" }, { "title": "per language", "type": "object", "properties": { "en": { "type": "string", "description": "English." } } } ] },
            "part": { "type": "object", "properties": { "kind": { "const": "wheel", "description": "Always a wheel." } } }
          }
        }
        """;

    [Fact]
    public void Render_Root_HasASectionWithEachPropertyAndWhetherItIsRequired()
    {
        var reference = SchemaReference.Render(Schema);
        var page = Html.Parse(reference.Html);

        Assert.Equal("A thing", page.GetElementById("root")!.TextContent);
        Assert.Equal("size", page.GetElementById("root-size")!.TextContent);
        Assert.Equal("Required. Type: string, one of \"s\", \"m\".", page.GetElementById("root-size")!.NextElementSibling!.TextContent);
        Assert.Equal("Optional. Type: list of part, at least 1 item.", page.GetElementById("root-parts")!.NextElementSibling!.TextContent);
        Assert.Contains("No other properties are allowed.", page.Body!.TextContent);
    }

    [Fact]
    public void Render_Ref_IsALinkToTheDefinitionWithItsAlternatives()
    {
        var page = Html.Parse(SchemaReference.Render(Schema).Html);

        var type = page.GetElementById("root-label")!.NextElementSibling!;
        Assert.Equal("#def-text", type.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Optional. Type: text (a string or per language).", type.TextContent);
        Assert.Equal("Type: either a string (string) or per language.", page.GetElementById("def-text")!.NextElementSibling!.NextElementSibling!.TextContent);
        Assert.Equal("#def-text-per-language", page.GetElementById("def-text")!.NextElementSibling!.NextElementSibling!.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("def-text-per-language-en"));
        Assert.Equal("Optional. Type: exactly \"wheel\".", page.GetElementById("def-part-kind")!.NextElementSibling!.TextContent);
    }

    [Fact]
    public void Render_Description_IsEscapedAndInTheSearchText()
    {
        var reference = SchemaReference.Render(Schema);

        Assert.Contains("What it says &lt;b&gt;here&lt;/b&gt;.", reference.Html);
        Assert.Contains("What it says <b>here</b>.", reference.Text);
        Assert.Contains(reference.Headings, h => h is { Level: 2, Text: "part", Id: "def-part" });
        Assert.Contains(reference.Headings, h => h is { Level: 3, Text: "size", Id: "root-size" });
    }

    [Fact]
    public void Render_TakenId_IsNotReused()
    {
        var reference = SchemaReference.Render(Schema, ["root"]);

        Assert.Equal("root-2", reference.Headings[0].Id);
    }

    [Fact]
    public void Parse_SchemaKey_AppendsTheReferenceToTheHtmlHeadingsAndText()
    {
        var page = GuidanceMarkdown.Parse("---\ntitle: Ref\ndescription: All of it.\nschema: form\n---\n\n## Intro\n\nWords.\n", "ref.md", "form-engine/ref.md");

        Assert.Equal("form", page.Meta.Schema);
        Assert.Equal("intro", page.Headings[0].Id);
        Assert.Contains(page.Headings, h => h.Id == "def-page-path");
        Assert.Contains("id=\"def-question\"", page.Html);
        Assert.Contains("The page's address within the form", page.Text);
    }

    [Fact]
    public void Parse_UnknownSchema_NamesTheFileAndLine()
    {
        var error = Assert.Throws<GuidanceException>(() =>
            GuidanceMarkdown.Parse("---\ntitle: Ref\ndescription: All of it.\nschema: nope\n---\n", "ref.md", "form-engine/ref.md"));

        Assert.Equal("ref.md(1): unknown schema \"nope\" (known: form)", error.Message);
    }
}
