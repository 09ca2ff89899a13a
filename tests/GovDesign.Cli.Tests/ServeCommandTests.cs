using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using GovDesign.Cli.Forms;
using GovDesign.Tests;

namespace GovDesign.Cli.Tests;

/// <summary>
/// <c>govdesign forms serve</c> as an operator runs it: settings from appsettings.json in the current
/// folder, then the environment, then the command line; listening where <c>ASPNETCORE_URLS</c> says;
/// refusing wrong settings with their names; stopping cleanly on SIGTERM.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("govdesign-serve-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Serve_SettingsInFileEnvironmentAndArguments_ArgumentsBeatEnvironmentBeatsFile_AndListensAtAspNetCoreUrls()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "appsettings.json"), """
            { "FormRunner": { "Theme": { "OrganisationName": "Org from file", "ServiceName": "Service from file", "OrganisationUrl": "https://file.example/" } } }
            """, Cancel);
        var port = FreePort();
        var serve = Start(
            ["--FormRunner:Theme:OrganisationUrl=https://arguments.example/"],
            new()
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["FormRunner__Theme__ServiceName"] = "Service from environment",
                ["FormRunner__Theme__OrganisationUrl"] = "https://environment.example/",
            });
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var ready = await WaitForReadyAsync(client, serve);
            var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), Cancel);

            Assert.Equal(HttpStatusCode.OK, ready);
            Assert.Contains("Org from file", home, StringComparison.Ordinal);
            Assert.Contains("Service from environment", home, StringComparison.Ordinal);
            Assert.DoesNotContain("Service from file", home, StringComparison.Ordinal);
            Assert.Contains("href=\"https://arguments.example/\"", home, StringComparison.Ordinal);
            Assert.DoesNotContain("environment.example", home, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(_folder.FullName, "govdesign-forms.db")), "The SQLite file is not in the current folder.");
        }
        finally
        {
            // SIGTERM, as a container runtime stops it: the runner finishes and exits 0.
            using (var kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(Cancel);
            }

            await serve.WaitForExitAsync(Cancel).WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        }

        Assert.Equal(0, serve.ExitCode);
    }

    [Fact]
    public async Task Serve_WrongSettingInConfiguration_ExitsOneNamingItWithoutAStackTrace()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await ServeCommand.Create().Parse([RepositoryPaths.FormSamples, "--port", "0", "--FormRunner:SessionLifetime=-01:00:00", "--FormRunner:MaxFormFields=0"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Cancel);

        Assert.Equal(1, exit);
        Assert.Equal(
            ["Configuration: FormRunner:SessionLifetime must be more than zero (it is -01:00:00).", "Configuration: FormRunner:MaxFormFields must be more than zero (it is 0)."],
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.DoesNotContain("Serving", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_FolderWithABrokenForm_PrintsItsDiagnosticsOnceAndServesTheOthersAsRead()
    {
        var forms = Directory.CreateDirectory(Path.Combine(_folder.FullName, "forms")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.FormSamples, "report-a-road-problem.json"), Path.Combine(forms, "report-a-road-problem.json"));
        var broken = Path.Combine(forms, "broken.json");
        await File.WriteAllTextAsync(broken, """{ "slug": "broken", "title": "Broken", "pages": [ { "path": "a", "questions": [ { "name": "q", "type": "nonsense", "label": "Q?" } ] } ] }""", Cancel);
        var (output, error) = (new StringWriter(), new StringWriter());
        var (syncedOutput, syncedError) = (TextWriter.Synchronized(output), TextWriter.Synchronized(error));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        var serve = ServeCommand.Create().Parse([forms, "--port", "0", "--database", Path.Combine(_folder.FullName, "forms.db")])
            .InvokeAsync(new InvocationConfiguration { Output = syncedOutput, Error = syncedError }, stop.Token);
        for (var i = 0; i < 240 && !serve.IsCompleted && !TextOf(syncedOutput, output).Contains("Serving", StringComparison.Ordinal); i++)
        {
            await Task.Delay(250, Cancel);
        }

        try
        {
            var serving = TextOf(syncedOutput, output);
            Assert.StartsWith("Serving 1 form(s) from " + forms, serving, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri(Regex.Match(serving, " at (http://[^ ]+/) ").Groups[1].Value) };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/report-a-road-problem/", UriKind.Relative), Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/broken/", UriKind.Relative), Cancel)).StatusCode);
        }
        finally
        {
            await stop.CancelAsync();
            await serve.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        }

        var lines = TextOf(syncedError, error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith(broken + ":", StringComparison.Ordinal) && l.Contains("nonsense", StringComparison.Ordinal));
        Assert.Single(lines, l => l == broken + " did not load: its pages answer 503 until it is fixed and the runner restarted.");
    }

    /// <summary>What a writer the command writes to from another thread holds so far (a synchronised writer locks on itself).</summary>
    private static string TextOf(TextWriter synced, StringWriter writer)
    {
        lock (synced)
        {
            return writer.ToString();
        }
    }

    private Process Start(string[] arguments, Dictionary<string, string> environment)
    {
        var tool = typeof(ServeCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[tool, "forms", "serve", RepositoryPaths.FormSamples, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<HttpStatusCode> WaitForReadyAsync(HttpClient client, Process serve)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            Assert.False(serve.HasExited, $"forms serve exited with {(serve.HasExited ? serve.ExitCode : 0)} before it was ready.");
            try
            {
                return (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel)).StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250, Cancel);
            }
        }

        throw new TimeoutException("forms serve did not answer in 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
