using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Tests.Delivery;
using GovDesign.Tests;
using MimeKit;

namespace GovDesign.Forms.Runner.Tests.SaveAndReturn;

/// <summary>
/// The market trader sample with <c>saveAndReturn</c> on (its email question filling in the address),
/// served by one or more runners whose email goes to a real SMTP server in the test.
/// </summary>
public sealed partial class SavingRunner : IAsyncDisposable
{
    public const string Slug = "apply-for-a-market-trader-permit";

    private readonly TemporaryFolder _forms = new("govdesign-saving-");
    private readonly List<LocalFormRunner> _runners = [];

    private SavingRunner(SmtpInbox inbox) => Inbox = inbox;

    public SmtpInbox Inbox { get; }

    /// <summary>The first runner.</summary>
    public LocalFormRunner Runner => _runners[0];

    public FormDefinition Form { get; } = SampleAnswers.Load(Slug);

    /// <summary>Starts a runner on the form with <paramref name="settings"/> (command-line configuration); <paramref name="postgres"/> puts it on PostgreSQL.</summary>
    public static async Task<SavingRunner> StartAsync(IEnumerable<string>? settings = null, string? postgres = null)
    {
        var rig = new SavingRunner(await SmtpInbox.StartAsync());
        var form = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RunnerServer.SamplesFolder, Slug + ".json")))!.AsObject();
        form["saveAndReturn"] = new JsonObject { ["emailQuestion"] = "email" };
        await File.WriteAllTextAsync(rig._forms.File(Slug + ".json"), form.ToJsonString());
        await rig.AddRunnerAsync(settings, postgres, databasePath: null);
        return rig;
    }

    /// <summary>Starts another runner on the same database: the first runner's SQLite file, or <paramref name="postgres"/>.</summary>
    public Task<LocalFormRunner> AddRunnerAsync(IEnumerable<string>? settings = null, string? postgres = null) =>
        AddRunnerAsync(settings, postgres, postgres is null ? Runner.DatabasePath : null);

    /// <summary>Answers every page from <paramref name="page"/> on, as a browser would, until the page at <paramref name="path"/>.</summary>
    public async Task<Received> AnswerUntilAsync(Citizen citizen, Received page, string path)
    {
        for (var step = 0; step < 40 && !page.Path.EndsWith("/" + path, StringComparison.Ordinal); step++)
        {
            Assert.True(page.Status == HttpStatusCode.OK, $"{page.Path}: {(int)page.Status}");
            var segments = page.Path.Trim('/').Split('/');
            var definition = Form.FindPage(segments[1]) ?? throw new InvalidOperationException($"No page {page.Path}.");
            page = definition.Repeat is not null && segments.Length == 2
                ? await citizen.SubmitAsync(page, [KeyValuePair.Create("add-another", "no")], "/" + definition.Path)
                : await citizen.SubmitAsync(page, definition.Questions.SelectMany(q => SampleAnswers.For(q)), files: SampleAnswers.Files(definition));
        }

        Assert.EndsWith("/" + path, page.Path, StringComparison.Ordinal);
        return page;
    }

    /// <summary>Presses "Save and come back later" on a question page with <paramref name="fields"/>, then sends the link to <paramref name="address"/>; returns the page that follows.</summary>
    public static async Task<Received> SaveAsync(Citizen citizen, Received page, IEnumerable<KeyValuePair<string, string>> fields, string address,
        IReadOnlyDictionary<string, (string Name, string Type, byte[] Content)>? files = null)
    {
        Assert.Single(page.Document.QuerySelectorAll("form[method=post] .govuk-button-group button.govuk-button--secondary[name='save-and-return']"));
        var email = await citizen.SubmitAsync(page, [.. fields, KeyValuePair.Create("save-and-return", "yes")], files: files);
        Assert.EndsWith("/save-and-return", email.Path, StringComparison.Ordinal);
        return await citizen.SubmitAsync(email, [KeyValuePair.Create("email", address)]);
    }

    /// <summary>Waits for the <paramref name="count"/>th message and returns it with the link in it.</summary>
    public async Task<(MimeMessage Message, Uri Link)> LinkAsync(int count = 1)
    {
        await Inbox.WaitForAsync(count);
        var message = Inbox.Messages.ElementAt(count - 1);
        var link = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(link.Success, "The email has no link: " + message.TextBody);
        return (message, new Uri(link.Value));
    }

    /// <summary>The same link on another runner.</summary>
    public static Uri On(LocalFormRunner runner, Uri link) => new(runner.Address, link.PathAndQuery);

    public async ValueTask DisposeAsync()
    {
        // The later runners use the first one's SQLite file, which goes with the first.
        for (var i = _runners.Count - 1; i >= 0; i--)
        {
            await _runners[i].DisposeAsync();
        }

        await Inbox.DisposeAsync();
        _forms.Dispose();
    }

    private async Task<LocalFormRunner> AddRunnerAsync(IEnumerable<string>? settings, string? postgres, string? databasePath)
    {
        var runner = await LocalFormRunner.StartAsync(_forms.Path, options =>
        {
            options.PostgresConnectionString = postgres;
            if (databasePath is not null)
            {
                options.DatabasePath = databasePath;
            }
        },
        [
            "--Delivery:Smtp:Host=127.0.0.1", "--Delivery:Smtp:Port=" + Inbox.Port.ToString(CultureInfo.InvariantCulture), "--Delivery:Smtp:UseTls=false",
            "--Delivery:Smtp:From=forms@example.gov.uk", .. settings ?? [],
        ], TestContext.Current.CancellationToken);
        _runners.Add(runner);
        return runner;
    }

    [GeneratedRegex(@"https?://\S+/save-and-return/[A-Za-z0-9_-]{43}(\?lang=[a-z]+)?")]
    private static partial Regex LinkPattern();
}
