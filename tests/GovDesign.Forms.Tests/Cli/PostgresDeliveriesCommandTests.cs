using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;
using GovDesign.Tests;

namespace GovDesign.Forms.Tests.Cli;

/// <summary><c>govdesign forms deliveries --postgres</c> with the connection string from configuration, not the command line.</summary>
public sealed class PostgresDeliveriesCommandTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData("--postgres")]
    [InlineData(null)]
    public async Task Deliveries_ConnectionStringInConfiguration_ListsThePostgresOutbox(string? flag)
    {
        var connection = server.WithSchema("deliveries_" + Guid.NewGuid().ToString("N")[..8]);
        await using (var store = new PostgresFormStore(connection))
        {
            await store.SubmitAsync("road", "s1", new JsonObject { ["answers"] = new JsonObject(), ["items"] = new JsonObject() }, ReferenceFormat.Default,
                _ => [new OutboxMessage("msg_in_postgres", "webhook", DeliveryDestination.Webhook(new Uri("https://cases.example.gov.uk/hooks"), "cases"), "{}")],
                TestContext.Current.CancellationToken);
        }

        string[] args = flag is null ? ["road"] : ["road", flag];
        var (code, output, error) = await DeliveriesCommandTests.RunConfiguredAsync(new FormRunnerOptions { PostgresConnectionString = connection }, args);

        Assert.True(code == 0, error);
        Assert.StartsWith("msg_in_postgres\t", output, StringComparison.Ordinal);
        Assert.Equal("1 delivery of road.", error.Trim());
    }
}
