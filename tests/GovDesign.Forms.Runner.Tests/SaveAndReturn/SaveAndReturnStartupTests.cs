using System.Net;
using System.Text.Json.Nodes;
using GovDesign.Cli.Forms;
using GovDesign.Tests;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Tests.SaveAndReturn;

/// <summary>A form that offers save and return needs email; its settings are checked as the runner starts.</summary>
public sealed class SaveAndReturnStartupTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-save-start-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_SingleFileWithSaveAndReturn_WithoutEmail_FailsNamingTheSettingAndTheLine()
    {
        var file = await WriteAsync("saving.json", "saving-form");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalFormRunner.StartAsync(file, TestContext.Current.CancellationToken));

        Assert.Contains("saving.json:1:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Delivery:Smtp:Host", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FolderWithSaveAndReturn_WithoutEmail_ServesTheOthers_AndThatFormAnswers503()
    {
        await WriteAsync("saving.json", "saving-form");
        await File.WriteAllTextAsync(_folder.File("plain.json"), await File.ReadAllTextAsync(Path.Combine(RunnerServer.SamplesFolder, "register-a-birth.json"), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        await using var runner = await LocalFormRunner.StartAsync(_folder.Path, TestContext.Current.CancellationToken);
        using var citizen = new Citizen(runner.Address);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await citizen.GetAsync("/saving-form/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/register-a-birth/")).Status);
    }

    [Fact]
    public async Task Start_LinkLifetimeLongerThanTheRetention_FailsNamingBoth()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, _ => { },
            ["--FormRunner:SaveAndReturn:LinkLifetime=30.00:00:00", "--FormRunner:SaveAndReturn:LinksPerClient=0"], TestContext.Current.CancellationToken));

        Assert.Contains(failure.Failures, f => f.StartsWith("FormRunner:SaveAndReturn:LinkLifetime (30.00:00:00) is longer than FormRunner:Retention:SavedJourneys (28.00:00:00)", StringComparison.Ordinal));
        Assert.Contains("FormRunner:SaveAndReturn:LinksPerClient must be 1 or more (it is 0).", failure.Failures);
    }

    private async Task<string> WriteAsync(string name, string slug)
    {
        var form = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RunnerServer.SamplesFolder, "report-a-road-problem.json"), TestContext.Current.CancellationToken))!.AsObject();
        form["slug"] = slug;
        form["saveAndReturn"] = true;
        var path = _folder.File(name);
        await File.WriteAllTextAsync(path, form.ToJsonString(), TestContext.Current.CancellationToken);
        return path;
    }
}
