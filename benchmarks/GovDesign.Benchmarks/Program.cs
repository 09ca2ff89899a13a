using GovDesign.Benchmarks;

// `export [warm runs]`: the docs site's full static export, cold then warm, in pages per second.
if (args is ["export", ..])
{
    await SiteExport.RunAsync(args.Length > 1 && int.TryParse(args[1], out var runs) ? runs : 5);
    return;
}

// `deliveries [count]`: the runner's deliverer sending signed webhooks to a local receiver (goal: 500/s).
if (args is ["deliveries", ..])
{
    await DeliveryThroughput.RunAsync(args.Length > 1 && int.TryParse(args[1], out var count) ? count : 5000);
    return;
}

// Mode "forms-load": load and check a generated 500-page form definition (goal: under 200 ms).
if (args is ["forms-load", ..])
{
    FormLoading.Run(args.Length > 1 && int.TryParse(args[1], out var pages) ? pages : 500);
    return;
}

// Renders all 725 govuk-frontend fixtures through GovDesign's Razor components and, in the same run,
// through govuk-frontend's own Nunjucks macros, and prints both rates and their ratio.
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;

Console.WriteLine($"Rendering govuk-frontend's fixtures for {seconds} s each (after a warm-up) on {Environment.ProcessorCount} cores, one thread each.");
var razor = ComponentRendering.Measure(seconds);
Console.WriteLine($"GovDesign Razor components: {razor.FixturesPerSecond,10:N0} fixtures/s, {razor.BytesPerFixture:N0} bytes allocated per fixture ({razor.Fixtures} fixtures a pass; a new HtmlRenderer each pass, services built once as in an app)");

var nunjucks = NunjucksRendering.Measure(seconds);
Console.WriteLine($"govuk-frontend Nunjucks:    {nunjucks,10:N0} fixtures/s");
Console.WriteLine($"Ratio: {razor.FixturesPerSecond / nunjucks:N1} times the Nunjucks rate (goal: at least 30)");
