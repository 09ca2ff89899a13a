using GovDesign.Site.Export;

namespace GovDesign.Tests;

/// <summary>
/// The real site on a loopback port for the tests that drive it (linked into the test projects that
/// reference the site): the site's own in-process starter, <see cref="RunningSite"/>, in the
/// Development environment.
/// </summary>
public sealed class SiteServer : IAsyncLifetime
{
    private RunningSite? _site;

    /// <summary>The site's address, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress => _site?.BaseAddress ?? throw new InvalidOperationException("The site has not started.");

    public async ValueTask InitializeAsync() => _site = await RunningSite.StartAsync(["--environment", "Development"]);

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
