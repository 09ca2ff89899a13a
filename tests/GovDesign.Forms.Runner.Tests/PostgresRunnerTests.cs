using GovDesign.Cli.Forms;
using GovDesign.Tests;
using Npgsql;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Two runners behind an imaginary load balancer, sharing one PostgreSQL database: journeys, submissions and Data Protection keys.</summary>
public sealed class PostgresRunnerTests(PostgresServer database) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task TwoRunnersOnOneDatabase_CitizenAlternatesBetweenThem_OneSubmissionAndOneSharedKey()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var runnerA = await LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, database.ConnectionString, cancel);
        await using var runnerB = await LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, database.ConnectionString, cancel);
        using var onA = new Citizen(runnerA.Address);
        using var onB = new Citizen(runnerB.Address, onA.Cookies);
        var form = SampleAnswers.Load("apply-for-a-market-trader-permit");

        // Each page comes from one runner and is posted, with its antiforgery token, to the other.
        var first = await Journeys.StartAsync(onA, form.Slug);
        var check = await Journeys.AnswerUntilCheckAnswersAsync([onB, onA], form, first);
        var confirmation = await (check.Url.Port == runnerA.Address.Port ? onB : onA).SubmitAsync(check, []);

        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);
        Assert.NotEqual(check.Url.Port, confirmation.Url.Port);
        var reference = confirmation.Document.QuerySelector(".govuk-panel strong")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(reference));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM submissions WHERE reference = @r", reference));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM submissions WHERE session_id = (SELECT session_id FROM submissions WHERE reference = @r)", reference));
        Assert.True(await CountAsync("SELECT count(*) FROM files WHERE submission_reference = @r", reference) > 0, "The uploaded file was not kept with the submission.");

        // One key, made by the first runner and read by the second from the database (each keeping its own would make two).
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM data_protection_keys", null));
    }

    private async Task<long> CountAsync(string sql, string? reference)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("r", (object?)reference ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
