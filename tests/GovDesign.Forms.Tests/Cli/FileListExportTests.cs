using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using static GovDesign.Forms.Tests.Cli.FormsCommandTests;

namespace GovDesign.Forms.Tests.Cli;

/// <summary><c>govdesign forms export</c> of a file question that took several files (<c>maxFiles</c>): every file, in CSV, JSON and <c>--files</c>.</summary>
public sealed class FileListExportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-file-list-export-");

    public void Dispose() => _folder.Dispose();

    private async Task<(string Database, string Reference)> SubmittedAsync()
    {
        var path = _folder.File("forms.db");
        var store = new SqliteFormStore(path);
        var first = StoredFile.Create("permit", "s1", "certificate.pdf", "application/pdf", [1, 2]);
        var second = StoredFile.Create("permit", "s1", "certificate.pdf", "application/pdf", [3, 4, 5]);
        await store.SaveFileAsync(first, TestContext.Current.CancellationToken);
        await store.SaveFileAsync(second, TestContext.Current.CancellationToken);
        var data = new JsonObject { ["answers"] = new JsonObject { ["documents"] = new JsonArray(Answer(first), Answer(second)) } };
        var submission = await store.SubmitAsync("permit", "s1", data, new ReferenceFormat("TP/{random:6}"), TestContext.Current.CancellationToken);
        return (path, submission.Reference);
    }

    private static JsonObject Answer(StoredFile file) => new()
    {
        ["name"] = file.Name, ["size"] = file.Content.Length, ["contentType"] = file.ContentType, [StoredFile.IdProperty] = file.Id,
    };

    [Fact]
    public async Task Export_Csv_SeveralFiles_JoinsEachPartOfThemInOneColumn()
    {
        var (database, _) = await SubmittedAsync();

        var (code, output, _) = await RunAsync("forms", "export", "permit", "--format", "csv", "--database", database);

        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal($"reference,submittedAt,documents.name,documents.size,documents.contentType,documents.{StoredFile.IdProperty}", lines[0]);
        Assert.Contains(",certificate.pdf; certificate.pdf,2; 3,application/pdf; application/pdf,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithFiles_SeveralFilesOfOneName_WritesEachNumbered()
    {
        var (database, reference) = await SubmittedAsync();
        var files = _folder.File("files");

        var (code, output, _) = await RunAsync("forms", "export", "permit", "--database", database, "--files", files);

        Assert.Equal(0, code);
        Assert.Equal(2, JsonNode.Parse(output)![0]!["answers"]!["documents"]!.AsArray().Count);
        var folder = Path.Combine(files, reference.Replace('/', '-'));
        Assert.Equal([1, 2], await File.ReadAllBytesAsync(Path.Combine(folder, "documents-1-certificate.pdf"), TestContext.Current.CancellationToken));
        Assert.Equal([3, 4, 5], await File.ReadAllBytesAsync(Path.Combine(folder, "documents-2-certificate.pdf"), TestContext.Current.CancellationToken));
    }
}
