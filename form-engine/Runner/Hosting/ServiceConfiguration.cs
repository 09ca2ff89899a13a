using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// The configuration of <see cref="FormRunnerHost"/>, lowest first: the runner's defaults (warnings
/// and up, logged as single lines of text), <c>appsettings.json</c> (and <c>appsettings.{Environment}.json</c>)
/// beside the program and then in the current folder, environment variables (<c>FormRunner__SessionLifetime</c>,
/// <c>ConnectionStrings__Forms</c>, <c>ASPNETCORE_URLS</c> ...), and the command line
/// (<c>--FormRunner:SessionLifetime=02:00:00</c>, <c>--urls http://0.0.0.0:8080</c>), which wins.
/// </summary>
internal static class ServiceConfiguration
{
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:GovDesign"] = "Information",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-dd'T'HH:mm:ss.fffK ",
        ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
    };

    /// <summary>Adds the defaults below every source, and the current folder's settings files after the program's own.</summary>
    public static void Apply(IConfigurationBuilder configuration, string contentRoot, string environmentName)
    {
        var sources = configuration.Sources;
        sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        var folder = Path.GetFullPath(Environment.CurrentDirectory);
        if (string.Equals(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot)), StringComparison.Ordinal))
        {
            return;
        }

        var lastJson = sources.Select((source, index) => (source, index)).LastOrDefault(s => s.source is JsonConfigurationSource).index;
        var at = lastJson > 0 ? lastJson + 1 : 1;
        foreach (var file in new[] { "appsettings.json", $"appsettings.{environmentName}.json" })
        {
            var source = new JsonConfigurationSource { Path = Path.Combine(folder, file), Optional = true, ReloadOnChange = false };
            source.ResolveFileProvider();
            sources.Insert(at++, source);
        }
    }

    /// <summary>Whether the configuration says where to listen (<c>urls</c>, <c>http_ports</c>, <c>https_ports</c>, or Kestrel's endpoints).</summary>
    public static bool NamesAddresses(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"]) || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"]) || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
