namespace GovDesign.Site.Guidance;

/// <summary>A heading of a guidance page, with the id that its anchor links to.</summary>
/// <param name="Level">2 for a section of the page, 3 and more below it.</param>
/// <param name="Text">The heading as plain text.</param>
/// <param name="Id">The id of the heading element.</param>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>One Markdown file of <c>guidance/</c>, read and rendered.</summary>
/// <param name="Url">Its address: <c>/</c>, <c>/styles</c> for a section's index, <c>/components/button</c>.</param>
/// <param name="Section">The section folder (<c>components</c>), or empty for the home page and pages at the top.</param>
/// <param name="Slug">The file name without <c>.md</c> (<c>index</c> for a landing page).</param>
/// <param name="Meta">Its front matter.</param>
/// <param name="Html">The body as HTML, with <c>&lt;!--govdesign-example:id--&gt;</c> where an example goes.</param>
/// <param name="Headings">Its headings, in order.</param>
/// <param name="ExampleIds">The examples it embeds, in order.</param>
/// <param name="Text">Its words as plain text, for search.</param>
/// <param name="File">The file it was read from.</param>
public sealed record GuidancePage(
    string Url, string Section, string Slug, FrontMatter Meta, string Html,
    IReadOnlyList<Heading> Headings, IReadOnlyList<string> ExampleIds, string Text, string File)
{
    /// <summary>True for a section's landing page or the home page.</summary>
    public bool IsIndex => Slug == "index";
}
