using System.Diagnostics;
using System.Reflection;

namespace GovDesign.Site.Tests.Publish;

/// <summary>
/// The site as it is deployed: <c>dotnet publish</c> into a temporary folder, that folder moved
/// elsewhere, and the site started from there in a process of its own (the Production environment,
/// a loopback port), as an operator would run it.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);
    private readonly string _temporary = Directory.CreateTempSubdirectory("govdesign-publish-").FullName;
    private Process? _site;

    /// <summary>Where the published site runs from, after the move.</summary>
    public string Folder => Path.Combine(_temporary, "moved", "site");

    /// <summary>A client for the running site.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var published = Path.Combine(_temporary, "published");
        var configuration = typeof(PublishedSite).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // The tests were built with the site in this configuration, so publishing needs no build.
        await RunAsync(Dotnet, ["publish", Path.Combine(RepositoryPaths.Root, "site", "GovDesign.Site.csproj"),
            "--configuration", configuration, "--no-build", "--output", published, "-v", "quiet", "-nologo"]);
        Directory.CreateDirectory(Path.GetDirectoryName(Folder)!);
        Directory.Move(published, Folder);

        _site = Start(Folder, Path.Combine(_temporary, "forms.db"), out var listening);
        var address = await listening.Task.WaitAsync(StartTimeout);
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static Process Start(string folder, string database, out TaskCompletionSource<string> listening)
    {
        var info = new ProcessStartInfo(Dotnet, ["GovDesign.Site.dll", "--urls", "http://127.0.0.1:0", "--Forms:Database", database])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        var site = new Process { StartInfo = info, EnableRaisingEvents = true };
        site.OutputDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.Add(line.Data ?? "");
            }

            const string Listening = "Now listening on: ";
            if (line.Data?.IndexOf(Listening, StringComparison.Ordinal) is int at and >= 0)
            {
                started.TrySetResult(line.Data[(at + Listening.Length)..].Trim());
            }
        };
        site.ErrorDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.Add(line.Data ?? "");
            }
        };
        site.Exited += (_, _) =>
        {
            lock (output)
            {
                started.TrySetException(new InvalidOperationException($"The published site stopped:{Environment.NewLine}{string.Join(Environment.NewLine, output)}"));
            }
        };
        site.Start();
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        listening = started;
        return site;
    }

    private static async Task RunAsync(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed:{Environment.NewLine}{await output}{await error}");
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_site is not null)
        {
            if (!_site.HasExited)
            {
                _site.Kill(entireProcessTree: true);
                await _site.WaitForExitAsync();
            }

            _site.Dispose();
        }

        Directory.Delete(_temporary, recursive: true);
    }
}
