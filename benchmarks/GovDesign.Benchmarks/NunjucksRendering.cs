using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace GovDesign.Benchmarks;

/// <summary>Runs benchmarks/nunjucks/render-fixtures.mjs, installing its npm packages first if needed.</summary>
internal static class NunjucksRendering
{
    private static readonly string Folder = typeof(NunjucksRendering).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NunjucksBenchmarkFolder").Value!;

    public static double Measure(int seconds)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            Run("npm", "ci --no-audit --no-fund --loglevel=error");
        }

        var line = Run("node", $"render-fixtures.mjs {seconds}").Trim().Split('\n')[^1];
        using var result = JsonDocument.Parse(line);
        return result.RootElement.GetProperty("fixturesPerSecond").GetDouble();
    }

    private static string Run(string command, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException($"Could not start {command}: install Node.js 20 or later.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{command} {arguments} failed with exit code {process.ExitCode}.");
    }
}
