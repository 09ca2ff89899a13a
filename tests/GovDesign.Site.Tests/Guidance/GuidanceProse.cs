using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>
/// A guidance page's prose as a reader meets it: its words (headings, paragraphs, lists and
/// tables, without front matter or code blocks) and its sections (the text of each <c>##</c> heading).
/// </summary>
internal sealed partial record GuidanceProse(string File, int Words, IReadOnlyList<string> Sections, MarkdownDocument Document)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseYamlFrontMatter().Build();

    public static GuidanceProse Read(string file)
    {
        var document = Markdown.Parse(System.IO.File.ReadAllText(file), Pipeline);
        var words = document.Descendants<LeafBlock>()
            .Where(leaf => leaf is not (CodeBlock or YamlFrontMatterBlock))
            .Sum(leaf => Word().Count(Text(leaf)));
        var sections = document.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(h => Text(h).Trim()).ToList();
        return new GuidanceProse(file, words, sections, document);
    }

    /// <summary>The blocks under the <c>##</c> heading <paramref name="section"/>, up to the next one.</summary>
    public IEnumerable<Block> Section(string section) => Document
        .SkipWhile(b => !(b is HeadingBlock { Level: 2 } h && Text(h).Trim() == section))
        .Skip(1)
        .TakeWhile(b => b is not HeadingBlock { Level: 2 });

    /// <summary>The rows of the tables in <paramref name="section"/>, header rows left out.</summary>
    public int TableRows(string section) => Section(section).OfType<Table>().Sum(t => t.OfType<TableRow>().Count(r => !r.IsHeader));

    /// <summary>The words of <paramref name="section"/>.</summary>
    public string SectionText(string section) => string.Join(' ', Section(section)
        .SelectMany(b => b is LeafBlock leaf ? [leaf] : b.Descendants<LeafBlock>())
        .Select(Text));

    private static string Text(LeafBlock leaf) => leaf.Inline is { } inline
        ? string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        }))
        : "";

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
