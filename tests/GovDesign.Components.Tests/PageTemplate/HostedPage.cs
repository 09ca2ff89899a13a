using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Components.Tests.PageTemplate;

/// <summary>
/// A small ASP.NET Core app on a loopback port that answers <c>/page</c> with a
/// <see cref="Components.PageTemplate"/> through <c>RazorComponentResult</c>, as an app of a service
/// team does: for what only a real request shows (path base, the app's services).
/// </summary>
internal sealed class HostedPage : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostedPage(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<HostedPage> StartAsync(Action<IServiceCollection> services, Action<WebApplication>? pipeline = null, Theme? theme = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRazorComponents();
        services(builder.Services);
        var app = builder.Build();
        pipeline?.Invoke(app);
        app.MapGet("/page", () => new RazorComponentResult<Components.PageTemplate>(new { PageTitle = "Hosted", Theme = theme ?? new Theme() }));
        await app.StartAsync();
        return new HostedPage(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
