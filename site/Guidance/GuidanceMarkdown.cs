using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GovDesign.Site.Guidance;

/// <summary>
/// Turns a guidance Markdown file into a <see cref="GuidancePage"/>: front matter read, the body
/// rendered with govuk-frontend's typography classes, headings given ids, and example blocks
/// marked for the live example.
/// </summary>
public static class GuidanceMarkdown
{
    /// <summary>The marker that stands for a live example in <see cref="GuidancePage.Html"/>.</summary>
    public const string ExampleMarker = "<!--govdesign-example:{0}-->";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>
    /// Reads one file; <paramref name="relativePath"/> (<c>components/button.md</c>) gives its address,
    /// and <c>sample-form</c> blocks are read from <paramref name="formSamples"/>.
    /// </summary>
    public static GuidancePage Read(string file, string relativePath, string formSamples) =>
        Parse(File.ReadAllText(file), file, relativePath, formSamples);

    /// <summary>
    /// Parses Markdown text as the file at <paramref name="relativePath"/> below <c>guidance/</c>;
    /// without <paramref name="formSamples"/>, a <c>sample-form</c> block is an error.
    /// </summary>
    public static GuidancePage Parse(string markdown, string file, string relativePath, string? formSamples = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock yaml)
        {
            throw new GuidanceException(file, 1, "a guidance page starts with front matter between --- lines (title and description)");
        }

        var meta = FrontMatter.Parse(yaml.Lines.Lines.Take(yaml.Lines.Count).Select(l => l.ToString()), file, yaml.Line);
        document.Remove(yaml);

        // The page's h1 is its title from the front matter, so a leading "# Title" is dropped and any other h1 becomes an h2.
        if (document.FirstOrDefault() is HeadingBlock { Level: 1 } first)
        {
            document.Remove(first);
        }

        var headings = new List<Heading>();
        var examples = new List<string>();
        foreach (var block in document.Descendants<Block>())
        {
            Decorate(block, headings, examples);
        }

        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage))
        {
            link.GetAttributes().AddClass("govuk-link");
        }

        var (url, section, slug) = Address(relativePath);
        var html = Render(document, formSamples);
        var text = PlainText(document);
        if (meta.Schema is { } schemaName)
        {
            // The reference is written from the schema the site runs with, so it cannot drift from it.
            var schemaText = SchemaReferences.Find(schemaName) ?? throw new GuidanceException(file, yaml.Line + 1,
                $"unknown schema \"{schemaName}\" (known: {string.Join(", ", SchemaReferences.Names)})");
            var reference = SchemaReference.Render(schemaText, headings.Select(h => h.Id), SchemaReferences.NoteFor(schemaName));
            html += reference.Html;
            headings.AddRange(reference.Headings);
            text = $"{text} {reference.Text}";
        }

        return new GuidancePage(url, section, slug, meta, html, headings, examples, text, file);
    }

    /// <summary><c>components/button.md</c> is <c>/components/button</c>; <c>styles/index.md</c> is <c>/styles</c>.</summary>
    public static (string Url, string Section, string Slug) Address(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/')[..^".md".Length].Split('/');
        var slug = parts[^1];
        var section = parts.Length > 1 ? parts[0] : "";
        var path = slug == "index" ? parts[..^1] : parts;
        return ("/" + string.Join('/', path), section, slug);
    }

    private static void Decorate(Block block, List<Heading> headings, List<string> examples)
    {
        switch (block)
        {
            case HeadingBlock heading:
                heading.Level = Math.Max(heading.Level, 2);
                heading.GetAttributes().AddClass(heading.Level switch { 2 => "govuk-heading-l", 3 => "govuk-heading-m", _ => "govuk-heading-s" });
                headings.Add(new Heading(heading.Level, InlineText(heading.Inline), heading.GetAttributes().Id ?? ""));
                break;
            case ParagraphBlock paragraph:
                paragraph.GetAttributes().AddClass("govuk-body");
                break;
            case ListBlock list:
                AddClasses(list, "govuk-list", list.IsOrdered ? "govuk-list--number" : "govuk-list--bullet");
                break;
            case QuoteBlock quote:
                quote.GetAttributes().AddClass("govuk-inset-text");
                break;
            case ThematicBreakBlock rule:
                AddClasses(rule, "govuk-section-break", "govuk-section-break--l", "govuk-section-break--visible");
                break;
            case Table table:
                table.GetAttributes().AddClass("govuk-table");
                break;
            case TableRow row:
                row.GetAttributes().AddClass("govuk-table__row");
                foreach (var cell in row.OfType<TableCell>())
                {
                    cell.GetAttributes().AddClass(row.IsHeader ? "govuk-table__header" : "govuk-table__cell");
                }

                break;
            case FencedCodeBlock { Info: "example" } fenced:
                examples.Add(fenced.Lines.ToString().Trim());
                break;
        }
    }

    private static void AddClasses(Block block, params string[] classes)
    {
        var attributes = block.GetAttributes();
        foreach (var name in classes)
        {
            attributes.AddClass(name);
        }
    }

    private static string Render(MarkdownDocument document, string? formSamples)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        var standard = renderer.ObjectRenderers.FindExact<CodeBlockRenderer>();
        if (standard is not null)
        {
            renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new GuidanceCodeBlockRenderer(formSamples));
        }

        renderer.Render(document);
        writer.Flush();
        return writer.ToString()
            .Replace("<table class=\"govuk-table\">", "<div class=\"govdesign-scroll\" tabindex=\"0\"><table class=\"govuk-table\">", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal)
            .Replace("<thead>", "<thead class=\"govuk-table__head\">", StringComparison.Ordinal)
            .Replace("<tbody>", "<tbody class=\"govuk-table__body\">", StringComparison.Ordinal);
    }

    /// <summary>The text of inlines, without markup.</summary>
    public static string InlineText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline?.Descendants<Inline>() ?? [])
        {
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }

        return text.ToString();
    }

    private static string PlainText(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is FencedCodeBlock { Info: "example" })
            {
                continue;
            }

            text.Append(leaf.Inline is { } inline ? InlineText(inline) : leaf.Lines.ToString()).Append(' ');
        }

        return System.Text.RegularExpressions.Regex.Replace(text.ToString(), "\\s+", " ").Trim();
    }
}
