using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GovDesign.Site.Tests;

internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<(int Status, IDocument Document)> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
