using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;
using GovDesign.Tests;

namespace GovDesign.Forms.Tests.Cli;

/// <summary><c>govdesign forms export</c> and <c>serve</c> with <c>--postgres</c>.</summary>
public sealed class PostgresFormsCommandTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_FromPostgres_WritesEverySubmissionInQuestionOrder()
    {
        var connection = server.WithSchema("export_" + Guid.NewGuid().ToString("N")[..8]);
        await using (var store = new PostgresFormStore(connection))
        {
            await store.SubmitAsync("road", "s1", new JsonObject { ["answers"] = new JsonObject { ["problem-type"] = "pothole", ["size"] = 3 }, ["items"] = new JsonObject() }, ReferenceFormat.Default, Cancel);
            await store.SubmitAsync("road", "s2", new JsonObject { ["answers"] = new JsonObject { ["problem-type"] = "light" }, ["items"] = new JsonObject() }, ReferenceFormat.Default, Cancel);
        }

        var (code, output, error) = await FormsCommandTests.RunAsync("forms", "export", "road", "--format", "csv", "--postgres", connection);

        Assert.True(code == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("reference,submittedAt,problem-type,size", lines[0]);
        Assert.EndsWith(",pothole,3", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",light,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_PostgresNotThere_ExitsOneWithAMessage()
    {
        var (code, _, error) = await FormsCommandTests.RunAsync("forms", "export", "road", "--postgres", "Host=127.0.0.1;Port=1;Database=forms;Username=forms;Timeout=3");

        Assert.Equal(1, code);
        Assert.StartsWith("PostgreSQL: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PostgresNotThere_ExitsOneBeforeServing()
    {
        var (code, output, error) = await FormsCommandTests.RunAsync("forms", "serve", TestForms.SamplesFolder, "--port", "0", "--postgres", "Host=127.0.0.1;Port=1;Database=forms;Username=forms;Timeout=3");

        Assert.Equal(1, code);
        Assert.StartsWith("PostgreSQL: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving", output, StringComparison.Ordinal);
    }
}
