using System.Net;
using Microsoft.AspNetCore.Builder;

namespace GovDesignService.Tests;

/// <summary>The service on a free loopback port, started once for all the tests that share it.</summary>
public sealed class RunningService : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A new browser-like client: it keeps cookies and does not follow redirects, so tests see each 303.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public async ValueTask InitializeAsync()
    {
        _app = ServiceApp.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory, "--Logging:LogLevel:Default", "Warning"]);
        await _app.StartAsync();
        // Once started, the app's addresses are the ones it listens on, with the port it was given.
        BaseAddress = new Uri(_app.Urls.First() + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
