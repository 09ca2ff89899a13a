using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Npgsql;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>
/// The store contract on PostgreSQL: a database for the class (<see cref="PostgresServer"/>), and a
/// schema of its own for each test, named in the connection string's search path; and what only
/// PostgreSQL does (several runners on one database).
/// </summary>
public sealed class PostgresFormStoreTests(PostgresServer server) : FormStoreTests, IClassFixture<PostgresServer>
{
    private readonly string _schema = "test_" + Guid.NewGuid().ToString("N")[..12];

    private string ConnectionString => server.WithSchema(_schema);

    protected override IFormStore CreateStore(TimeProvider clock) => new PostgresFormStore(ConnectionString, clock);

    [Fact]
    public async Task FirstUse_SeveralRunnersAtOnce_CreateTheTablesOnceInTheSearchPathSchema()
    {
        var runners = Enumerable.Range(0, 6).Select(_ => new PostgresFormStore(ConnectionString)).ToList();
        try
        {
            await Task.WhenAll(runners.Select(r => Task.Run(() => r.GetSubmissionsAsync("form", Cancel), Cancel)));
        }
        finally
        {
            foreach (var runner in runners)
            {
                await runner.DisposeAsync();
            }
        }

        Assert.Equal(["files", "journeys", "saved_journeys", "submissions"], await TablesAsync(), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Submit_FromSeveralRunnersAtOnceForOneJourney_CreatesOneSubmission()
    {
        await Store.GetSubmissionsAsync("form", Cancel);
        var runners = Enumerable.Range(0, 6).Select(_ => new PostgresFormStore(ConnectionString)).ToList();
        var data = new JsonObject { ["answers"] = new JsonObject { ["name"] = "Ada" }, ["items"] = new JsonObject() };
        try
        {
            var results = await Task.WhenAll(runners.Select(r => Task.Run(() => r.SubmitAsync("form", "s1", data, ReferenceFormat.Default, Cancel), Cancel)));

            Assert.Single(results.Select(r => r.Reference).Distinct());
            Assert.Single(await Store.GetSubmissionsAsync("form", Cancel));
        }
        finally
        {
            foreach (var runner in runners)
            {
                await runner.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task DataProtectionKeys_StoredByOneRunner_AreReadByAnother()
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        var element = new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", "k1"), "secret");

        new PostgresXmlRepository(dataSource).StoreElement(element, "key-k1");
        var read = new PostgresXmlRepository(dataSource).GetAllElements();

        Assert.Equal(element.ToString(), Assert.Single(read).ToString());
        Assert.Contains("data_protection_keys", await TablesAsync());
    }

    [Theory]
    [InlineData("forms", "forms")]
    [InlineData("Forms, public", "forms")]
    [InlineData("\"My \"\"Forms\"\"\", public", "My \"Forms\"")]
    [InlineData("\"$user\", public", null)]
    [InlineData("", null)]
    public void FirstSchema_ReadsTheSearchPathAsPostgresDoes(string searchPath, string? schema) =>
        Assert.Equal(schema, PostgresTables.FirstSchema(searchPath));

    /// <summary>The tables in this test's schema.</summary>
    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = @schema ORDER BY table_name", connection);
        command.Parameters.AddWithValue("schema", _schema);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var tables = new List<string>();
        while (await reader.ReadAsync(Cancel))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
