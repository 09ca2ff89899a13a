using GovDesign.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Cli.Tests;

/// <summary>The real site on a loopback port, started the way GovDesign.Browser.Tests starts it.</summary>
public sealed class SiteServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _app = SiteApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development", "--applicationName", "GovDesign.Site", "--Logging:LogLevel:Default", "Warning"]);
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
