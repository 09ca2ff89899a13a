using System.Net;
using GovDesign.Tests;

namespace GovDesign.Forms.Runner.Tests.SaveAndReturn;

/// <summary>A link sent by one runner works on another that shares the database: SQLite, with an uploaded file kept through the save.</summary>
public sealed class SharedDatabaseTests
{
    [Fact]
    public async Task LinkFromOneRunner_OpenedOnAnotherSharingTheSqliteFile_RestoresTheAnswersAndTheFile()
    {
        await using var rig = await SavingRunner.StartAsync();
        var second = await rig.AddRunnerAsync();
        using var citizen = new Citizen(rig.Runner.Address);
        var insurance = await rig.AnswerUntilAsync(citizen, await Journeys.StartAsync(citizen, SavingRunner.Slug), "insurance");

        await SavingRunner.SaveAsync(citizen, insurance, [], "citizen@example.com", SampleAnswers.Files(rig.Form.FindPage("insurance")!));
        var (_, link) = await rig.LinkAsync();
        using var elsewhere = new Citizen(second.Address);
        var opened = await elsewhere.GetAsync(SavingRunner.On(second, link).PathAndQuery);
        var check = await elsewhere.SubmitAsync(opened, []);
        var confirmation = await elsewhere.SubmitAsync(check, []);

        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Contains("certificate.pdf", check.Html, StringComparison.Ordinal);
        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);
        var reference = confirmation.Document.QuerySelector(".govuk-panel strong")!.TextContent.Trim();
        Assert.Equal(1, SubmissionsDatabase.Count(rig.Runner.DatabasePath, reference));
        Assert.Equal(HttpStatusCode.Gone, (await citizen.GetAsync(link.PathAndQuery)).Status);
    }
}

/// <summary>The same on PostgreSQL: two runners sharing one database (and its Data Protection keys).</summary>
public sealed class PostgresSaveAndReturnTests(PostgresServer database) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task LinkFromOneRunner_ContinuedOnAnother_RestoresOnce()
    {
        await using var rig = await SavingRunner.StartAsync(postgres: database.ConnectionString);
        var second = await rig.AddRunnerAsync(postgres: database.ConnectionString);
        using var citizen = new Citizen(rig.Runner.Address);
        var name = await Journeys.StartAsync(citizen, SavingRunner.Slug);

        await SavingRunner.SaveAsync(citizen, name, [KeyValuePair.Create("applicant-name-given", "Ada"), KeyValuePair.Create("applicant-name-family", "Lovelace")], "citizen@example.com");
        var (_, link) = await rig.LinkAsync();
        using var elsewhere = new Citizen(second.Address);
        var opened = await elsewhere.GetAsync(SavingRunner.On(second, link).PathAndQuery);
        var resumed = await elsewhere.SubmitAsync(opened, []);
        using var third = new Citizen(rig.Runner.Address);
        var again = await third.GetAsync(link.PathAndQuery);

        Assert.EndsWith("/date-of-birth", resumed.Path, StringComparison.Ordinal);
        var restored = await elsewhere.GetAsync($"/{SavingRunner.Slug}/your-name");
        Assert.Equal("Lovelace", restored.Document.QuerySelector("input[name=applicant-name-family]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Gone, again.Status);
    }
}
