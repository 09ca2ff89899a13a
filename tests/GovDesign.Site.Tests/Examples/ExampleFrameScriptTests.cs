using GovDesign.Site.Examples;

namespace GovDesign.Site.Tests.Examples;

/// <summary>
/// Example pages carry the script that keeps them from taking focus inside a guidance page's frame; the Razor a
/// team copies and the site's other pages do not.
/// </summary>
public sealed class ExampleFrameScriptTests(TestSite site)
{
    [Theory]
    [InlineData("/examples/patterns/question-page/with-errors")]
    [InlineData("/examples/components/error-summary/default")]
    [InlineData("/examples/fixtures/error-summary/default")]
    public async Task ExamplePage_HasTheFrameScriptBeforeItsBodyEnds(string url)
    {
        using var response = await site.Http.GetAsync(url, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var html = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var script = html.IndexOf(ExampleFrameScript.Script, StringComparison.Ordinal);
        Assert.True(script > html.IndexOf("govuk-error-summary", StringComparison.Ordinal), "the script must come after the error summary it changes");
        Assert.True(script < html.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task GuidancePage_HasNoFrameScript()
    {
        var html = await site.Http.GetStringAsync("/patterns/question-page", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("data-govdesign-example-frame')", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CopiedRazor_HasNoFrameScript()
    {
        Assert.All(ExampleCatalogue.All, example =>
            Assert.DoesNotContain("data-disable-auto-focus", GovDesign.Site.Guidance.ExampleSources.CopyableRazor(example), StringComparison.Ordinal));
    }
}
