using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>Markdown and the content blocks of a page.</summary>
internal sealed partial class DefinitionBuilder
{
    /// <summary>
    /// The blocks of a page's <c>content</c>: a Markdown text, or an object with a <c>type</c> (text,
    /// details, inset, warning), its Markdown <c>text</c>, a <c>summary</c> for details, and the question
    /// it is shown above (<c>beforeQuestion</c>), which must be on the page.
    /// </summary>
    private List<ContentBlock> ReadContent(JsonNode? node, string pointer, List<Question> questions)
    {
        var blocks = new List<ContentBlock>();
        foreach (var (item, itemPointer) in Items(node, pointer))
        {
            if (item is not JsonObject block || !block.ContainsKey("type"))
            {
                if (Markdown(item, itemPointer) is { } text)
                {
                    blocks.Add(new ContentBlock(ContentKind.Text, text));
                }

                continue;
            }

            var kind = Str(block["type"]) switch
            {
                "details" => ContentKind.Details,
                "inset" => ContentKind.Inset,
                "warning" => ContentKind.Warning,
                "text" => ContentKind.Text,
                _ => (ContentKind?)null,
            };
            if (kind is null || Markdown(block["text"], itemPointer + "/text") is not { } markdown)
            {
                continue;
            }

            var before = Str(block["beforeQuestion"]);
            if (before is not null && !questions.Exists(q => q.Name == before))
            {
                diagnostics.Error("reference.question", itemPointer + "/beforeQuestion", $"No question on this page is named \"{before}\".{Suggestions.For(before, questions.Select(q => q.Name))}");
                before = null;
            }

            var summary = Text(block["summary"], itemPointer + "/summary");
            if (kind == ContentKind.Details && summary is null)
            {
                diagnostics.Error("content.summary", itemPointer, "A details block needs a \"summary\": the line the citizen selects to open it, like \"Help with the reference number\".");
            }

            if (kind == ContentKind.Warning)
            {
                CheckOneParagraph(block["text"], itemPointer + "/text");
            }

            blocks.Add(new ContentBlock(kind.Value, markdown) { Summary = summary, BeforeQuestion = before });
        }

        return blocks;
    }

    /// <summary>Reads Markdown text, refusing raw HTML (the runner shows it as text) with how to write it in Markdown.</summary>
    private LocalText? Markdown(JsonNode? node, string pointer)
    {
        foreach (var (text, at) in PerLanguage(node, pointer))
        {
            if (RawHtml.FirstTag(text) is { } tag)
            {
                diagnostics.Error("markdown.html", at, $"HTML is not shown as HTML here: the citizen would read \"{tag}\" as it is. Use Markdown instead: {RawHtml.Suggest(text, tag)}.");
            }
        }

        return Text(node, pointer);
    }

    /// <summary>Warning text is one short sentence or two: a single paragraph, shown in bold after the icon.</summary>
    private void CheckOneParagraph(JsonNode? node, string pointer)
    {
        foreach (var (text, at) in PerLanguage(node, pointer))
        {
            var blocks = Markdig.Markdown.Parse(text);
            if (blocks.Count != 1 || blocks[0] is not Markdig.Syntax.ParagraphBlock)
            {
                diagnostics.Error("content.warning", at, "Warning text is one paragraph, shown in bold after the warning sign: keep it to a sentence or two, without lists, headings or empty lines, and put the detail in a text block after it.");
            }
        }
    }

    private static IEnumerable<(string Text, string Pointer)> PerLanguage(JsonNode? node, string pointer) =>
        Str(node) is { } single ? [(single, pointer)]
        : node is JsonObject languages ? languages.Select(l => (Str(l.Value), pointer + "/" + l.Key)).Where(l => l.Item1 is not null).Select(l => (l.Item1!, l.Item2))
        : [];
}
