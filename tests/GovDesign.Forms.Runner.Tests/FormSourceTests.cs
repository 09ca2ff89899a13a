using System.Net;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// Where forms come from: a single file that does not load stops the runner starting; in a folder, a
/// form that does not load answers 503 while the others work; and a running catalogue adds, replaces
/// and removes forms, each seen at once over real HTTP.
/// </summary>
public sealed class FormSourceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("govdesign-sources-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Start_SingleFileThatDoesNotLoad_FailsWithItsDiagnostics()
    {
        var file = Write("broken.json", Definition("broken", "Broken form").Replace("\"pages\"", "\"pagez\"", StringComparison.Ordinal));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalFormRunner.StartAsync(file, TestContext.Current.CancellationToken));

        Assert.Contains("broken.json", failure.Message, StringComparison.Ordinal);
        Assert.Matches(@"\(\d+,\d+\)|line \d+|:\d+:\d+", failure.Message);
        Assert.Contains("pagez", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FolderWithOneBadForm_ServesTheOthers_AndTheBadOneAnswers503()
    {
        Write("good.json", Definition("good-form", "A good form"));
        Write("bad.json", Definition("bad-form", "A bad form").Replace("\"pages\"", "\"pagez\"", StringComparison.Ordinal));
        Write("not-json.json", "{ this is not JSON");
        await using var runner = await LocalFormRunner.StartAsync(_folder.FullName, TestContext.Current.CancellationToken);
        using var citizen = new Citizen(runner.Address);

        var good = await citizen.GetAsync("/good-form/");
        var bad = await citizen.GetAsync("/bad-form/");
        var badPage = await citizen.GetAsync("/bad-form/name");
        var notJson = await citizen.GetAsync("/not-json/");

        Assert.Equal(HttpStatusCode.OK, good.Status);
        Assert.Equal("A good form", good.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, bad.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, badPage.Status);
        Assert.Contains("Sorry, the service is unavailable", bad.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notJson.Status);
        var unavailable = runner.Services.GetRequiredService<FormCatalogue>().Unavailable;
        Assert.Equal(["bad-form", "not-json"], unavailable.Select(f => f.Slug));
        Assert.All(unavailable, f => Assert.NotEmpty(f.Result.Diagnostics));
    }

    [Fact]
    public async Task Catalogue_AddReplaceRemove_ChangesWhatTheRunningRunnerServes()
    {
        Write("first.json", Definition("first-form", "First form"));
        await using var runner = await LocalFormRunner.StartAsync(_folder.FullName, TestContext.Current.CancellationToken);
        var catalogue = runner.Services.GetRequiredService<FormCatalogue>();
        using var citizen = new Citizen(runner.Address);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/added-form/")).Status);

        catalogue.Set(Loaded(Definition("added-form", "Added form")));
        var added = await citizen.GetAsync("/added-form/");
        catalogue.Set(Loaded(Definition("added-form", "Added form, second version")));
        var replaced = await citizen.GetAsync("/added-form/");
        var removedOne = catalogue.Remove("added-form");
        var removed = await citizen.GetAsync("/added-form/");

        Assert.Equal("Added form", added.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Added form, second version", replaced.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(removedOne);
        Assert.Equal(HttpStatusCode.NotFound, removed.Status);
        Assert.Equal(["first-form"], catalogue.Slugs);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/first-form/")).Status);
    }

    [Fact]
    public async Task Catalogue_ReplacedMidJourney_KeepsTheCitizensAnswers()
    {
        Write("form.json", Definition("journey-form", "Journey form"));
        await using var runner = await LocalFormRunner.StartAsync(_folder.FullName, TestContext.Current.CancellationToken);
        using var citizen = new Citizen(runner.Address);
        var name = await citizen.GetAsync("/journey-form/name");
        await citizen.SubmitAsync(name, [new("full-name", "Ada Lovelace")]);

        runner.Services.GetRequiredService<FormCatalogue>().Set(Loaded(Definition("journey-form", "Journey form, revised")));
        var check = await citizen.GetAsync("/journey-form/check-answers");

        Assert.Equal(HttpStatusCode.OK, check.Status);
        Assert.Contains("Ada Lovelace", check.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemorySource_ServesItsDefinitions()
    {
        await using var runner = await LocalFormRunner.StartAsync(_folder.FullName,
            options => options.Sources.Add(new MemoryFormSource(Definition("in-memory", "In memory"))), cancellationToken: TestContext.Current.CancellationToken);
        using var citizen = new Citizen(runner.Address);

        var start = await citizen.GetAsync("/in-memory/");

        Assert.Equal("In memory", start.Document.QuerySelector("h1")!.TextContent.Trim());
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static GovDesign.Forms.Definitions.FormDefinition Loaded(string json) =>
        FormLoader.Load(json) is { Form: { } form } ? form : throw new InvalidOperationException("The test definition did not load.");

    private static string Definition(string slug, string title) => $$"""
        {
          "slug": "{{slug}}",
          "title": { "en": "{{title}}" },
          "languages": ["en"],
          "pages": [
            {
              "path": "name",
              "questions": [
                { "name": "full-name", "type": "text", "label": { "en": "What is your full name?" }, "subject": { "en": "your full name" } }
              ]
            }
          ]
        }
        """;
}
