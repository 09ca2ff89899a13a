using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GovDesign.Site.Guidance;

/// <summary>
/// Code blocks as a focusable, scrollable <c>pre</c> (so that a long line scrolls inside it, not the
/// page); an <c>example</c> block as the marker that the page replaces with the live example.
/// </summary>
public sealed class GuidanceCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        renderer.EnsureLine();
        if (obj is FencedCodeBlock { Info: "example" })
        {
            renderer.WriteLine(string.Format(CultureInfo.InvariantCulture, GuidanceMarkdown.ExampleMarker, obj.Lines.ToString().Trim()));
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
}
