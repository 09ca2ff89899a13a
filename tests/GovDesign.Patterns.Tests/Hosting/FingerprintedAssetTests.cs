using System.Net;
using System.Text.RegularExpressions;

namespace GovDesign.Patterns.Tests.Hosting;

/// <summary>
/// An app that calls MapStaticAssets links GovDesign's stylesheet and script by their fingerprinted
/// addresses, which browsers may cache for good: also for a page an endpoint returns as a
/// RazorComponentResult, outside Blazor's router, and under a path base.
/// </summary>
public sealed partial class FingerprintedAssetTests : IAsyncLifetime
{
    private RunningApp _app = null!;

    // Served as a published app serves them: from a build's manifest, MapStaticAssets answers "no-cache"
    // so that files changed while the app runs are seen, unless ReloadStaticAssetsAtRuntime is false.
    public async ValueTask InitializeAsync() => _app = await RunningApp.StartAsync("--PathBase=/svc", "--ReloadStaticAssetsAtRuntime=false");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/svc/result")]
    [InlineData("/svc/name")]
    public async Task Get_UnderAPathBase_LinksFingerprintedAssetsThatAreCachedForGood(string path)
    {
        var (_, document) = await _app.GetAsync(path);
        var stylesheet = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var script = document.QuerySelector("script[type=module]")!.GetAttribute("src")!;

        Assert.Matches(Fingerprinted(), stylesheet);
        Assert.Matches(Fingerprinted(), script);
        foreach (var address in new[] { stylesheet, script })
        {
            using var response = await _app.Client.GetAsync(address, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = string.Join(", ", response.Headers.GetValues("Cache-Control"));
            Assert.Contains("max-age=31536000", cacheControl);
            Assert.Contains("immutable", cacheControl);
        }
    }

    [Fact]
    public async Task Get_ThePlainAddressUnderAPathBase_StillAnswers200()
    {
        using var response = await _app.Client.GetAsync("/svc/_content/GovDesign.Components/dist/govdesign.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // Under /svc, GovDesign's folder, then the file's name with a fingerprint before its extension.
    [GeneratedRegex(@"^/svc/_content/GovDesign\.Components/(dist/govdesign|govdesign)\.[a-z0-9]+\.(css|mjs)$")]
    private static partial Regex Fingerprinted();
}
