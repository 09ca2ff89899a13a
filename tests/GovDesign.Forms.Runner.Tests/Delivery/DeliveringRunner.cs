using System.Text.Json.Nodes;
using GovDesign.Cli.Forms;
using GovDesign.Tests;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>
/// The runner serving the market trader sample with a <c>delivery</c> section added, settings given on its
/// command line as configuration, and a quick poll so that deliveries go out within a test's patience.
/// </summary>
public sealed class DeliveringRunner : IAsyncDisposable
{
    public const string Slug = "apply-for-a-market-trader-permit";

    private readonly TemporaryFolder _forms = new("govdesign-delivering-");

    private DeliveringRunner()
    {
    }

    public LocalFormRunner Runner { get; private set; } = null!;

    public static async Task<DeliveringRunner> StartAsync(JsonObject delivery, IEnumerable<string> settings, string? postgres = null)
    {
        var result = new DeliveringRunner();
        var form = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RunnerServer.SamplesFolder, Slug + ".json")))!.AsObject();
        form["delivery"] = delivery;
        await File.WriteAllTextAsync(result._forms.File(Slug + ".json"), form.ToJsonString());
        result.Runner = await LocalFormRunner.StartAsync(result._forms.Path, options => options.PostgresConnectionString = postgres,
            ["--Delivery:PollInterval=00:00:00.050", "--Delivery:AllowLoopback=true", .. settings], TestContext.Current.CancellationToken);
        return result;
    }

    /// <summary>Walks a citizen through the form and sends it; returns the reference on the confirmation page.</summary>
    public async Task<string> SubmitJourneyAsync(string? language = null)
    {
        using var citizen = new Citizen(Runner.Address);
        var form = SampleAnswers.Load(Slug);
        var first = await Journeys.StartAsync(citizen, Slug);
        if (language is not null)
        {
            first = await citizen.GetAsync(first.Path + "?lang=" + language);
        }

        var check = await Journeys.AnswerUntilCheckAnswersAsync(citizen, form, first);
        var confirmation = await citizen.SubmitAsync(check, []);
        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);
        return confirmation.Document.QuerySelector(".govuk-panel strong")!.TextContent.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await Runner.DisposeAsync();
        _forms.Dispose();
    }
}
