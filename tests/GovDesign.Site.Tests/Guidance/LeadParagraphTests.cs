using AngleSharp.Html.Parser;
using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>
/// A page's description is its lead, shown large under the title; the page's own text starts after it rather than
/// saying it again (review defect 11: fourteen answer pages opened with their lead twice).
/// </summary>
public sealed class LeadParagraphTests
{
    [Fact]
    public void EveryPage_FirstParagraph_IsNotItsLeadAgain()
    {
        var parser = new HtmlParser();
        var repeated = new GuidanceStore(RepositoryPaths.Guidance, RepositoryPaths.FormSamples).Current().Pages
            .Where(p => !string.IsNullOrWhiteSpace(p.Meta.Description)
                && Words(parser.ParseDocument(p.Html).QuerySelector("p")?.TextContent) == Words(p.Meta.Description))
            .Select(p => p.Url).ToList();

        Assert.True(repeated.Count == 0, $"These pages repeat their description as their first paragraph: {string.Join(", ", repeated)}");
    }

    private static string Words(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
