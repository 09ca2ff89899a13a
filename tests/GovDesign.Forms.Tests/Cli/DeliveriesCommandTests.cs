using System.CommandLine;
using System.Text.Json.Nodes;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using static GovDesign.Forms.Tests.Cli.FormsCommandTests;

namespace GovDesign.Forms.Tests.Cli;

/// <summary><c>govdesign forms deliveries</c>: listing a form's deliveries and replaying them, on a SQLite file.</summary>
public sealed class DeliveriesCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-deliveries-cli-");

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A database with one submission of "road" and two deliveries: one sent, one failed.</summary>
    private async Task<(string Database, string Sent, string Failed)> DatabaseAsync()
    {
        var path = _folder.File("forms.db");
        var store = new SqliteFormStore(path);
        await store.SubmitAsync("road", "s1", new JsonObject { ["answers"] = new JsonObject { ["name"] = "Ada Lovelace" } }, ReferenceFormat.Default, _ =>
        [
            new OutboxMessage("msg_sent", "webhook", DeliveryDestination.Webhook(new Uri("https://cases.example.gov.uk/hooks?token=abc"), "cases"), """{"answers":[{"text":"Ada Lovelace"}]}"""),
            new OutboxMessage("msg_failed", "email", DeliveryDestination.Email(["team@example.gov.uk"], "en"), """{"answers":[{"text":"Ada Lovelace"}]}"""),
        ], Cancel);
        await store.ClaimDueAsync(10, DateTimeOffset.UtcNow.AddMinutes(1), DateTimeOffset.UtcNow.AddMinutes(5), Cancel);
        await store.MarkSentAsync("msg_sent", DateTimeOffset.UtcNow, Cancel);
        await store.MarkFailedAsync("msg_failed", "SMTP 550", Cancel);
        return (path, "msg_sent", "msg_failed");
    }

    [Fact]
    public async Task Deliveries_List_ShowsEachDestinationStatusAndErrorButNoAnswersNorQuery()
    {
        var (database, _, _) = await DatabaseAsync();

        var (code, output, error) = await RunAsync("forms", "deliveries", "road", "--database", database);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("msg_sent\t", StringComparison.Ordinal) && l.Contains("\tsent\twebhook https://cases.example.gov.uk/hooks\t1 attempts\tsent ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("msg_failed\t", StringComparison.Ordinal) && l.Contains("\tfailed\temail to the team (1 addresses)", StringComparison.Ordinal) && l.EndsWith("SMTP 550", StringComparison.Ordinal));
        Assert.DoesNotContain("Ada", output, StringComparison.Ordinal);
        Assert.DoesNotContain("token=abc", output, StringComparison.Ordinal);
        Assert.Equal("2 deliveries of road.", error.Trim());
    }

    [Fact]
    public async Task Deliveries_Failed_ListsOnlyTheFailedOne()
    {
        var (database, _, failed) = await DatabaseAsync();

        var (code, output, _) = await RunAsync("forms", "deliveries", "road", "--failed", "--database", database);

        Assert.Equal(0, code);
        Assert.StartsWith(failed + "\t", Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_RetryAll_MakesTheFailedOnePendingWithTheSameId()
    {
        var (database, sent, failed) = await DatabaseAsync();

        var (code, output, _) = await RunAsync("forms", "deliveries", "road", "--retry-all", "--database", database);

        Assert.Equal(0, code);
        Assert.StartsWith("1 delivery of road will be sent again", output, StringComparison.Ordinal);
        var items = await new SqliteFormStore(database).GetDeliveriesAsync("road", false, Cancel);
        Assert.Equal(DeliveryStatus.Pending, items.Single(i => i.Message.Id == failed).Status);
        Assert.Equal(DeliveryStatus.Sent, items.Single(i => i.Message.Id == sent).Status);
    }

    [Fact]
    public async Task Deliveries_RetryOneSent_ReplaysIt()
    {
        var (database, sent, _) = await DatabaseAsync();

        var (code, _, _) = await RunAsync("forms", "deliveries", "road", "--retry", sent, "--database", database);

        Assert.Equal(0, code);
        Assert.Equal(DeliveryStatus.Pending, (await new SqliteFormStore(database).GetDeliveriesAsync("road", false, Cancel)).Single(i => i.Message.Id == sent).Status);
    }

    [Fact]
    public async Task Deliveries_RetryUnknownId_ExitsOneSayingSo()
    {
        var (database, _, _) = await DatabaseAsync();

        var (code, _, error) = await RunAsync("forms", "deliveries", "road", "--retry", "msg_nope", "--database", database);

        Assert.Equal(1, code);
        Assert.Contains("road has no delivery msg_nope", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_RetryAndRetryAllTogether_IsAnError()
    {
        var (database, sent, _) = await DatabaseAsync();

        var (code, _, error) = await RunAsync("forms", "deliveries", "road", "--retry", sent, "--retry-all", "--database", database);

        Assert.NotEqual(0, code);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>forms deliveries</c> with <paramref name="settings"/> as the runner's configuration.</summary>
    internal static async Task<(int Code, string Output, string Error)> RunConfiguredAsync(FormRunnerOptions settings, params string[] args)
    {
        var root = new RootCommand { new Command("forms") { DeliveriesCommand.Create(() => settings) } };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(["forms", "deliveries", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Cancel);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Deliveries_PostgresAloneWithNoConnectionStringConfigured_ExitsOneSayingWhereToSetIt()
    {
        var (code, output, error) = await RunConfiguredAsync(new FormRunnerOptions(), "road", "--postgres");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("ConnectionStrings__Forms", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_DatabaseGivenWhileConfigurationNamesPostgres_ReadsTheSqliteFile()
    {
        var (database, sent, _) = await DatabaseAsync();

        var (code, output, _) = await RunConfiguredAsync(new FormRunnerOptions { PostgresConnectionString = "Host=127.0.0.1;Port=1;Timeout=1" }, "road", "--database", database);

        Assert.Equal(0, code);
        Assert.Contains(sent, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_NoStoreGiven_ReadsTheDatabasePathConfigured()
    {
        var (database, sent, _) = await DatabaseAsync();

        var (code, output, _) = await RunConfiguredAsync(new FormRunnerOptions { DatabasePath = database }, "road");

        Assert.Equal(0, code);
        Assert.Contains(sent, output, StringComparison.Ordinal);
    }
}
