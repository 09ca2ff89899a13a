using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>Content components (Para, Html, Details, InsetText, List ...) as GovDesign content blocks.</summary>
internal sealed partial class XGovImporter
{
    private static readonly HashSet<string> ContentTypes = new(StringComparer.Ordinal)
    {
        "Para", "Html", "Details", "InsetText", "WarningText", "List", "FlashCard", "Sidebar", "ContentWithState", "DisplayAddress", "Markdown",
    };

    /// <summary>Reads a content component as blocks into <paramref name="into"/>, which the caller places on <paramref name="page"/>.</summary>
    private void MapContent(JsonObject component, string type, string pointer, SourcePage page, List<MarkdownBlock> into)
    {
        var html = Str(component["content"]) ?? "";
        var title = HtmlToMarkdown.PlainText(Str(component["title"]) ?? "");
        switch (type)
        {
            case "Para" or "Html" or "Markdown" or "ContentWithState":
                var blocks = HtmlToMarkdown.Convert(html);
                foreach (var block in blocks)
                {
                    into.Add(block);
                }

                if (html.Contains("{{", StringComparison.Ordinal) || html.Contains("{%", StringComparison.Ordinal))
                {
                    page.Notes.Approximated(pointer, $"component {type} with a template", "The content has template tags ({{ }} or {% %}); they are shown as written, because GovDesign does not run templates.");
                }
                else if (blocks.Count == 0)
                {
                    page.Notes.Dropped(pointer, $"component {type}", "The content is empty once its HTML is read.");
                }
                else
                {
                    page.Notes.Mapped(pointer, $"component {type}", $"Written as {Describe(blocks)}.");
                }

                return;
            case "Details":
                var body = string.Join("\n\n", HtmlToMarkdown.Convert(html).Select(b => b.Markdown));
                into.Add(new MarkdownBlock(BlockKind.Details, body.Length > 0 ? body : title, title.Length > 0 ? title : "More information"));
                page.Notes.Mapped(pointer, "component Details", "Written as a details block.");
                return;
            case "InsetText" or "WarningText":
                var text = string.Join("\n\n", HtmlToMarkdown.Convert(html).Select(b => b.Markdown));
                into.Add(new MarkdownBlock(type == "InsetText" ? BlockKind.Inset : BlockKind.Warning, text));
                page.Notes.Mapped(pointer, $"component {type}", $"Written as {(type == "InsetText" ? "inset" : "warning")} text.");
                return;
            case "List" or "FlashCard":
                var items = ListItems(component).Select(i => "- " + BlockWriter.Escape(i.Text)).ToList();
                var lead = title.Length > 0 && type == "List" ? $"**{BlockWriter.Escape(title)}**\n\n" : "";
                if (items.Count > 0)
                {
                    into.Add(new MarkdownBlock(BlockKind.Text, lead + string.Join('\n', items)));
                }

                if (type == "List")
                {
                    page.Notes.Mapped(pointer, "component List", "Written as a bulleted list of its list's items.");
                }
                else
                {
                    page.Notes.Approximated(pointer, "component FlashCard", "Written as a bulleted list of its items; GovDesign has no flash cards.");
                }

                return;
            default:
                page.Notes.Dropped(pointer, $"component {type}", type == "Sidebar" ? "GovDesign pages have no sidebar." : $"GovDesign has no {type} component.");
                return;
        }
    }

    private static string Describe(IReadOnlyList<MarkdownBlock> blocks) =>
        string.Join(", ", blocks.Select(b => b.Kind switch
        {
            BlockKind.Details => "a details block",
            BlockKind.Inset => "inset text",
            BlockKind.Warning => "warning text",
            _ => "Markdown text",
        }));

    private static void AddBlock(SourcePage page, MarkdownBlock block, string? before)
    {
        if (block.Markdown.Trim().Length == 0)
        {
            return;
        }

        if (block.Kind == BlockKind.Text && before is null)
        {
            page.Content.Add(block.Markdown);
            return;
        }

        var json = new JsonObject
        {
            ["type"] = block.Kind switch
            {
                BlockKind.Details => "details",
                BlockKind.Inset => "inset",
                BlockKind.Warning => "warning",
                _ => "text",
            },
            ["text"] = block.Kind == BlockKind.Warning ? BlockWriter.OneParagraph(block.Markdown) : block.Markdown,
        };
        if (block.Kind == BlockKind.Details)
        {
            json["summary"] = block.Summary ?? "More information";
        }

        if (before is not null)
        {
            json["beforeQuestion"] = before;
        }

        page.Content.Add(json);
    }
}
