// Complete journeys against a running `govdesign forms serve form-engine/samples` (see Journey.cs).
// Usage: JourneyDriver <url[,url...]> [seconds] [citizens] [--journeys N] [--references file] [--keep-going]
//   seconds: how long to run (default 30); with --journeys, the most time to take.
//   citizens: concurrent journeys (default 32); with several runners, each citizen starts on the next one.
//   --journeys N: stop once N journeys are confirmed.
//   --references file: write each reference shown on a confirmation page to the file, one a line, at once.
//   --keep-going: for the crash test: a journey that fails (the runner was killed) is started again, on the
//     next runner, after a moment; failures are counted but are not an error. Without it, any failure is.
using System.Diagnostics;
using System.Globalization;
using GovDesign.Benchmarks.Runner;

var positional = new List<string>();
int? target = null;
string? referencesFile = null;
var keepGoing = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--journeys": target = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--references": referencesFile = args[++i]; break;
        case "--keep-going": keepGoing = true; break;
        default: positional.Add(args[i]); break;
    }
}

var runners = (positional.Count > 0 ? positional[0] : "http://127.0.0.1:5099").Split(',').Select(u => new Uri(u)).ToArray();
var seconds = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 30;
var workers = positional.Count > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : 32;

using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = workers };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(keepGoing ? 15 : 100) };
using var references = referencesFile is null ? null : new StreamWriter(referencesFile, append: true) { AutoFlush = true };
var journeys = 0L;
var failures = 0L;
var stop = Stopwatch.StartNew();
var until = TimeSpan.FromSeconds(seconds);
bool Going() => stop.Elapsed < until && (target is not { } n || Interlocked.Read(ref journeys) < n);

await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
{
    var runner = worker % runners.Length;
    while (Going())
    {
        string? reference = null;
        try
        {
            reference = await new Journey(client, runners[runner]).RunAsync();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // The runner went away mid-journey (the crash test kills it): counted below.
        }

        if (reference is not null)
        {
            Interlocked.Increment(ref journeys);
            if (references is not null)
            {
                lock (references)
                {
                    references.WriteLine(reference);
                }
            }

            continue;
        }

        Interlocked.Increment(ref failures);
        if (keepGoing)
        {
            runner = (runner + 1) % runners.Length;
            await Task.Delay(200);
        }
    }
})));
var elapsed = stop.Elapsed.TotalSeconds;
Console.WriteLine(FormattableString.Invariant(
    $"journeys: {journeys} in {elapsed:F1} s = {journeys / elapsed:F0} journeys/s ({workers} concurrent citizens on {runners.Length} runner(s), {failures} failed{(keepGoing ? " and started again" : "")})"));
var missed = target is { } wanted && journeys < wanted;
return missed || (!keepGoing && failures > 0) ? 1 : 0;
