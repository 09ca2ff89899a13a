using System.Diagnostics;
using GovDesign.Frontend;

namespace GovDesign.Benchmarks;

internal sealed record RazorResult(int Fixtures, double FixturesPerSecond, double BytesPerFixture);

/// <summary>Times whole passes over every fixture, with options bound beforehand (Nunjucks, too, gets its options as objects).</summary>
internal static class ComponentRendering
{
    public static RazorResult Measure(int seconds)
    {
        var batch = GovukFrontendPackage.Fixtures.Select(FixtureRenderer.Bind).ToList();
        var output = new StringWriter(new System.Text.StringBuilder(4 << 20));

        RunFor(TimeSpan.FromSeconds(3), batch, output);

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (passes, elapsed) = RunFor(TimeSpan.FromSeconds(seconds), batch, output);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var rendered = (double)passes * batch.Count;
        return new RazorResult(batch.Count, rendered / elapsed.TotalSeconds, allocated / rendered);
    }

    private static (int Passes, TimeSpan Elapsed) RunFor(TimeSpan duration, IReadOnlyList<BoundFixture> batch, StringWriter output)
    {
        var passes = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            output.GetStringBuilder().Clear();
            var renderer = new FixtureRenderer();
            renderer.RenderAllAsync(batch, output).GetAwaiter().GetResult();
            renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            passes++;
        }

        return (passes, clock.Elapsed);
    }
}
