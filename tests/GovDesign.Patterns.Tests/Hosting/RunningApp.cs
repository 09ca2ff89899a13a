using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BlazorStaticApp;
using Microsoft.AspNetCore.Builder;

namespace GovDesign.Patterns.Tests.Hosting;

/// <summary>
/// The Blazor app of tests/apps/BlazorStaticApp on a loopback port, built with its own static web
/// assets manifest as a team's app is, optionally under a path base.
/// </summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningApp(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    /// <summary>A browser-like client: it keeps cookies and does not follow redirects.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts the app, with more command-line configuration such as <c>--PathBase=/svc</c>.</summary>
    public static async Task<RunningApp> StartAsync(params string[] configuration)
    {
        var app = StaticApp.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory, "--Logging:LogLevel:Default", "Warning", .. configuration]);
        await app.StartAsync();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.Urls.First()),
        };
        return new RunningApp(app, client);
    }

    /// <summary>A page's HTML as served, and parsed.</summary>
    public async Task<(string Html, IDocument Document)> GetAsync(string path)
    {
        var html = await Client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return (html, new HtmlParser().ParseDocument(html));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
