using System.Security.Cryptography;
using System.Text;
using GovDesign.Components;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace GovDesign.Site.Playground;

/// <summary>
/// The forms being tried in the playground. Each definition gets its own form runner, keyed by a
/// hash of its text and mapped under <c>/playground/try/{hash}</c>, over a <see cref="MemoryFormStore"/>:
/// journeys and submissions stay in memory and go when the runner expires (after
/// <see cref="PlaygroundOptions.TryLifetime"/> unused, or when more than <see cref="PlaygroundOptions.MaxForms"/> are open).
/// The runner reads forms only from a path, so the definition (never an answer) is written to a
/// temporary file for the moment the runner loads it, then deleted.
/// </summary>
internal sealed class PlaygroundRunners(IServiceProvider site, PlaygroundOptions options, TimeProvider time) : IAsyncDisposable
{
    public const string TryPrefix = "/playground/try";

    private readonly Dictionary<string, TryOut> _open = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static string HashOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..32];

    /// <summary>Opens (or reuses) a runner for a definition that loaded, and returns its start page.</summary>
    public async Task<string> OpenAsync(string json, string slug, CancellationToken cancellation)
    {
        var hash = HashOf(json);
        var prefix = $"{TryPrefix}/{hash}";
        await _gate.WaitAsync(cancellation);
        try
        {
            await ExpireAsync();
            if (!_open.TryGetValue(hash, out var tryOut))
            {
                tryOut = await StartAsync(json, prefix);
                _open[hash] = tryOut;
                while (_open.Count > options.MaxForms)
                {
                    var oldest = _open.MinBy(p => p.Value.LastUsed);
                    _open.Remove(oldest.Key);
                    await oldest.Value.App.DisposeAsync();
                }
            }

            tryOut.LastUsed = time.GetUtcNow();
            return $"{prefix}/{slug}/";
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Hands the request to the runner for <paramref name="hash"/>; false when there is none (expired or never opened).</summary>
    public async Task<bool> DispatchAsync(HttpContext http, string hash)
    {
        TryOut? tryOut;
        await _gate.WaitAsync(http.RequestAborted);
        try
        {
            await ExpireAsync();
            if (_open.TryGetValue(hash, out tryOut))
            {
                tryOut.LastUsed = time.GetUtcNow();
            }
        }
        finally
        {
            _gate.Release();
        }

        if (tryOut is null)
        {
            return false;
        }

        var siteServices = http.RequestServices;
        await using var scope = tryOut.App.Services.CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        http.SetEndpoint(null);
        http.Request.RouteValues.Clear();
        try
        {
            await tryOut.Pipeline(http);
        }
        finally
        {
            http.RequestServices = siteServices;
        }

        return true;
    }

    private async Task ExpireAsync()
    {
        var cutOff = time.GetUtcNow() - options.TryLifetime;
        foreach (var (hash, tryOut) in _open.Where(p => p.Value.LastUsed < cutOff).ToList())
        {
            _open.Remove(hash);
            await tryOut.App.DisposeAsync();
        }
    }

    private async Task<TryOut> StartAsync(string json, string prefix)
    {
        var file = Path.Combine(Path.GetTempPath(), $"govdesign-playground-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json, new UTF8Encoding(false));
        try
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
            {
                ApplicationName = "GovDesign.Site.Playground",
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = Environments.Production,
            });

            // Shared with the site, so that cookies and antiforgery tokens mean the same in both.
            builder.Services.AddSingleton(site.GetRequiredService<IDataProtectionProvider>());
            builder.Services.AddSingleton(site.GetRequiredService<IAntiforgery>());
            builder.Services.AddSingleton(site.GetRequiredService<ILoggerFactory>());
            builder.Services.AddLogging();
            builder.Services.AddRouting();
            builder.Services.AddSingleton<IServer, NoServer>();
            builder.Services.AddSingleton<IFormStore>(new MemoryFormStore(time));
            builder.Services.AddFormRunner(runner =>
            {
                runner.Source = file;
                runner.DatabasePath = ":memory:";
                runner.CookieName = "govdesign-playground";
                runner.SessionLifetime = options.TryLifetime;
                runner.Theme = new Theme { OrganisationName = "GovDesign playground", OrganisationUrl = "/playground" };
            });

            var app = builder.Build();
            app.UseRouting();
            app.MapFormRunner(prefix);
            app.UseEndpoints(_ => { });
            var tryOut = new TryOut(app, ((IApplicationBuilder)app).Build());

            // The runner loads its forms at the first request: make it now, while the file is there.
            var warmUp = new DefaultHttpContext();
            warmUp.Request.Method = HttpMethods.Get;
            warmUp.Request.Path = prefix + "/";
            await using (var scope = app.Services.CreateAsyncScope())
            {
                warmUp.RequestServices = scope.ServiceProvider;
                await tryOut.Pipeline(warmUp);
            }

            return warmUp.Response.StatusCode == StatusCodes.Status200OK
                ? tryOut
                : throw new InvalidOperationException($"The playground's runner answered {warmUp.Response.StatusCode} to its first request.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var tryOut in _open.Values)
        {
            await tryOut.App.DisposeAsync();
        }

        _open.Clear();
        _gate.Dispose();
    }

    private sealed class TryOut(WebApplication app, RequestDelegate pipeline)
    {
        public WebApplication App { get; } = app;

        public RequestDelegate Pipeline { get; } = pipeline;

        public DateTimeOffset LastUsed { get; set; }
    }

    /// <summary>The runner is never started: the site's server hands it requests.</summary>
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => throw new NotSupportedException("A playground runner takes its requests from the site.");

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
