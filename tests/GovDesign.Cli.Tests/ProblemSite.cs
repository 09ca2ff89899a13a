using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Cli.Tests;

/// <summary>A tiny Kestrel site on a loopback port serving <see cref="ProblemPages"/>.</summary>
public sealed class ProblemSite : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/{**path}", (string? path) => ProblemPages.Html.TryGetValue("/" + path, out var html)
            ? Results.Content(html, "text/html; charset=utf-8")
            : Results.NotFound());
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
