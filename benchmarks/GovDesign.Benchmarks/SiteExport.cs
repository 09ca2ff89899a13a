using System.Diagnostics;
using GovDesign.Site.Export;

namespace GovDesign.Benchmarks;

/// <summary>
/// The docs site's full static export (every guidance page, example page and fixture page, the
/// search index and the assets): once cold, right after the site starts, then warm several times.
/// </summary>
internal static class SiteExport
{
    public static async Task RunAsync(int warmRuns)
    {
        var root = Path.Combine(Path.GetTempPath(), "govdesign-export-benchmark", Guid.NewGuid().ToString("N"));
        var started = Stopwatch.StartNew();
        await using var site = await RunningSite.StartAsync([]);
        var startup = started.Elapsed;

        var cpu = Cpu();
        var cold = await site.ExportAsync(Path.Combine(root, "cold"));
        Report("cold", cold, Cpu() - cpu);
        Console.WriteLine($"  (site start-up before it: {startup.TotalMilliseconds:N0} ms)");

        var warm = new List<double>();
        for (var run = 1; run <= warmRuns; run++)
        {
            cpu = Cpu();
            var result = await site.ExportAsync(Path.Combine(root, $"warm-{run}"));
            Report($"warm {run}", result, Cpu() - cpu);
            warm.Add(result.Pages / result.Elapsed.TotalSeconds);
        }

        warm.Sort();
        Console.WriteLine($"Warm median: {warm[warm.Count / 2],8:N0} pages/s (goal: at least 200); best {warm[^1]:N0} pages/s; load average now {LoadAverage()}");
        Directory.Delete(root, recursive: true);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>The processor time this process has used: on a shared machine, pages per CPU second says more than the wall clock.</summary>
    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static void Report(string name, ExportResult result, TimeSpan cpu)
    {
        Console.WriteLine($"Export {name,-7}: {result.Pages,5} pages, {result.Files,5} files in {result.Elapsed.TotalMilliseconds,7:N0} ms = {result.Pages / result.Elapsed.TotalSeconds,8:N0} pages/s"
            + $" ({cpu.TotalMilliseconds:N0} ms CPU = {result.Pages / cpu.TotalSeconds:N0} pages per CPU second){(result.Failures.Count > 0 ? $" ({result.Failures.Count} FAILED)" : "")}");
    }
}
