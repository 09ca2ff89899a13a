using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;
using GovDesign.Tests;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>The outbox on PostgreSQL, a schema per test; and several runners claiming from one outbox.</summary>
public sealed class PostgresOutboxStoreTests(PostgresServer server) : OutboxStoreTests, IClassFixture<PostgresServer>
{
    private readonly string _schema = "outbox_" + Guid.NewGuid().ToString("N")[..12];

    protected override IFormStore CreateStore() => new PostgresFormStore(server.WithSchema(_schema));

    [Fact]
    public async Task ClaimDue_FourRunnersAtOnce_EachDeliveryIsTakenByOneRunnerOnly()
    {
        for (var i = 0; i < 40; i++)
        {
            await Store.SubmitAsync("form", $"s{i}", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);
        }

        var runners = Enumerable.Range(0, 4).Select(_ => new PostgresFormStore(server.WithSchema(_schema))).ToList();
        try
        {
            var now = DateTimeOffset.UtcNow.AddMinutes(1);
            var claims = await Task.WhenAll(runners.Select(r => Task.Run(async () =>
            {
                var mine = new List<string>();
                while ((await r.ClaimDueAsync(7, now, now.AddHours(1), Cancel)) is { Count: > 0 } batch)
                {
                    mine.AddRange(batch.Select(b => b.Message.Id));
                }

                return mine;
            }, Cancel)));

            var all = claims.SelectMany(c => c).ToList();
            Assert.Equal(80, all.Count);
            Assert.Equal(80, all.Distinct(StringComparer.Ordinal).Count());
        }
        finally
        {
            foreach (var runner in runners)
            {
                await runner.DisposeAsync();
            }
        }
    }
}
