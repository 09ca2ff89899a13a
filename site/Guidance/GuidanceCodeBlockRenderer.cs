using System.Globalization;
using GovDesign.Site.Playground;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GovDesign.Site.Guidance;

/// <summary>
/// Code blocks as a focusable, scrollable <c>pre</c> (so that a long line scrolls inside it, not the
/// page); an <c>example</c> block as the marker that the page replaces with the live example; a
/// <c>sample-form</c> block (its text a sample's slug) as that sample's definition, read from
/// the sample forms' folder (<see cref="SiteContent.FormSamples"/>), so the page always shows the file the runner serves,
/// followed by a link that opens it in the form playground.
/// </summary>
/// <param name="formSamples">The sample forms' folder; without it a <c>sample-form</c> block is an error.</param>
public sealed class GuidanceCodeBlockRenderer(string? formSamples) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        renderer.EnsureLine();
        if (obj is FencedCodeBlock { Info: "example" })
        {
            renderer.WriteLine(string.Format(CultureInfo.InvariantCulture, GuidanceMarkdown.ExampleMarker, obj.Lines.ToString().Trim()));
            return;
        }

        if (obj is FencedCodeBlock { Info: "sample-form" })
        {
            var slug = obj.Lines.ToString().Trim();
            renderer.Write("<pre class=\"govdesign-code\" tabindex=\"0\"><code class=\"language-json\">");
            renderer.WriteEscape(SampleForm(slug));
            renderer.WriteLine("</code></pre>");
            renderer.Write("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"").WriteEscape(SampleLink.For(slug)).Write("\">Open <code>")
                .WriteEscape(slug).WriteLine(".json</code> in the form playground</a> to change it and try it.</p>");
            return;
        }

        var language = obj is FencedCodeBlock { Info: { Length: > 0 } info } ? info : null;
        renderer.Write("<pre class=\"govdesign-code\" tabindex=\"0\"><code");
        if (language is not null)
        {
            renderer.Write(" class=\"language-").WriteEscape(language).Write("\"");
        }

        renderer.Write(">");
        renderer.WriteLeafRawLines(obj, true, true);
        renderer.WriteLine("</code></pre>");
    }

    private string SampleForm(string slug)
    {
        var file = formSamples is null ? null : Path.Combine(formSamples, slug + ".json");
        return SampleLink.IsSlug(slug) && File.Exists(file)
            ? File.ReadAllText(file).TrimEnd()
            : throw new InvalidOperationException($"A sample-form block names \"{slug}\", but the sample forms ({formSamples ?? "none given"}) have no {slug}.json.");
    }
}
