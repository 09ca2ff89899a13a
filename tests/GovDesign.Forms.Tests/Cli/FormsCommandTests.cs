using System.CommandLine;
using System.Text.Json.Nodes;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;
using GovDesign.Tests;

namespace GovDesign.Forms.Tests.Cli;

/// <summary>The <c>govdesign forms</c> commands, run in-process.</summary>
public sealed class FormsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-cli-tests-");

    public void Dispose() => _folder.Dispose();

    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand { FormsCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);

        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("proxy.example")]
    [InlineData("10.0.0.0/99")]
    public async Task Serve_TrustedProxyThatIsNoAddress_ExitsOneNamingIt(string proxy)
    {
        var (code, output, error) = await RunAsync("forms", "serve", TestForms.SamplesFolder, "--port", "0", "--trusted-proxy", "10.0.0.5", "--trusted-proxy", proxy);

        Assert.Equal(1, code);
        Assert.StartsWith($"--trusted-proxy {proxy}: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_GoodForm_PrintsOkWithTitleAndPageCountAndExitsZero()
    {
        var (code, output, _) = await RunAsync("forms", "validate", Path.Combine(TestForms.SamplesFolder, "report-a-road-problem.json"));

        Assert.Equal(0, code);
        Assert.Equal("OK: Report a problem on a road, 10 pages", output.Trim());
    }

    [Fact]
    public async Task Validate_FormWithErrors_PrintsFileLineColumnMessageAndExitsOne()
    {
        var file = _folder.File("bad.json");
        await File.WriteAllTextAsync(file, "{\n  \"slug\": \"x\",\n  \"title\": \"X\",\n  \"pages\": [],\n  \"colour\": 1\n}", TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("forms", "validate", file);

        Assert.Equal(1, code);
        Assert.Equal(
            [$"{file}:4:12: This list must not be empty.", $"{file}:5:3: Unknown property \"colour\". Allowed here: slug, title, languages, phase, feedbackUrl, contact, privacyUrl, reference, layout, sections, optionLists, conditions, pages, start, checkAnswers, declaration, confirmation, delivery, saveAndReturn."],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Validate_MissingFile_ReportsItAndExitsOne()
    {
        var (code, output, _) = await RunAsync("forms", "validate", _folder.File("nope.json"));

        Assert.Equal(1, code);
        Assert.Contains("1:1: The file cannot be read", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_WritesAHeaderAndARowPerSubmission()
    {
        var database = await DatabaseWithTwoSubmissionsAsync();

        var (code, output, _) = await RunAsync("forms", "export", "road", "--format", "csv", "--database", database);

        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal("reference,submittedAt,problem-type,nearest-address.line1,nearest-address.postcode,stalls[1].pitch", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",pothole,\"1, High Street\",AB1 2CD,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",'=SUM(A1),,,4", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_OptionalFileLeftBlankInOneSubmission_AddsNoColumnForIt()
    {
        var path = _folder.File("blank-file.db");
        var store = new SqliteFormStore(path);
        var photo = StoredFile.Create("road", "s1", "photo.png", "image/png", [1, 2, 3]);
        await store.SaveFileAsync(photo, TestContext.Current.CancellationToken);
        var blank = new JsonObject { ["answers"] = new JsonObject { ["photo"] = null, ["note"] = "none" } };
        var given = new JsonObject { ["answers"] = new JsonObject { ["photo"] = FileAnswer(photo), ["note"] = "one" } };
        await store.SubmitAsync("road", "s1", blank, ReferenceFormat.Default, TestContext.Current.CancellationToken);
        await store.SubmitAsync("road", "s2", given, ReferenceFormat.Default, TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("forms", "export", "road", "--format", "csv", "--database", path);

        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal($"reference,submittedAt,note,photo.name,photo.size,photo.contentType,photo.{StoredFile.IdProperty}", lines[0]);
        Assert.All(lines, line => Assert.Equal(6, line.Count(c => c == ',')));
        Assert.EndsWith(",none,,,,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Json_WritesEverySubmission()
    {
        var database = await DatabaseWithTwoSubmissionsAsync();

        var (code, output, _) = await RunAsync("forms", "export", "road", "--format", "json", "--database", database);

        var array = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(0, code);
        Assert.Equal(2, array.Count);
        Assert.Equal("pothole", (string?)array[0]!["answers"]!["problem-type"]);
    }

    [Fact]
    public async Task Export_MissingDatabase_ExitsOneWithAMessage()
    {
        var (code, _, error) = await RunAsync("forms", "export", "road", "--database", _folder.File("none.db"));

        Assert.Equal(1, code);
        Assert.Contains("no such database file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithFiles_WritesEachUploadUnderItsSubmissionsReference()
    {
        var path = _folder.File("forms.db");
        var store = new SqliteFormStore(path);
        var photo = StoredFile.Create("road", "s1", "../../pothole photo.png", "image/png", [1, 2, 3]);
        var plan = StoredFile.Create("road", "s1", "plan.pdf", "application/pdf", [4, 5]);
        await store.SaveFileAsync(photo, TestContext.Current.CancellationToken);
        await store.SaveFileAsync(plan, TestContext.Current.CancellationToken);
        var data = new JsonObject
        {
            ["answers"] = new JsonObject { ["photo"] = FileAnswer(photo) },
            ["items"] = new JsonObject { ["stalls"] = new JsonArray(new JsonObject { ["plan"] = FileAnswer(plan) }) },
        };
        var submission = await store.SubmitAsync("road", "s1", data, new ReferenceFormat("RD/{random:6}"), TestContext.Current.CancellationToken);
        var files = _folder.File("files");

        var (code, output, error) = await RunAsync("forms", "export", "road", "--database", path, "--files", files);

        Assert.Equal(0, code);
        Assert.Equal(photo.Id, (string?)JsonNode.Parse(output)![0]!["answers"]!["photo"]!["fileId"]);
        var folder = Path.Combine(files, submission.Reference.Replace('/', '-'));
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(folder, "photo-..-..-pothole-photo.png"), TestContext.Current.CancellationToken));
        Assert.Equal([4, 5], await File.ReadAllBytesAsync(Path.Combine(folder, "stalls-1-plan-plan.pdf"), TestContext.Current.CancellationToken));
        Assert.Equal(2, Directory.GetFiles(files, "*", SearchOption.AllDirectories).Length);
        Assert.Contains("2 uploaded files written to", error, StringComparison.Ordinal);
    }

    private static JsonObject FileAnswer(StoredFile file) => new()
    {
        ["name"] = file.Name, ["size"] = file.Content.Length, ["contentType"] = file.ContentType, [StoredFile.IdProperty] = file.Id,
    };

    private async Task<string> DatabaseWithTwoSubmissionsAsync()
    {
        var path = _folder.File("forms.db");
        var store = new SqliteFormStore(path);
        var first = JsonNode.Parse("""{ "answers": { "problem-type": "pothole", "nearest-address": { "line1": "1, High Street", "postcode": "AB1 2CD" } }, "items": {} }""")!.AsObject();
        var second = JsonNode.Parse("""{ "answers": { "problem-type": "=SUM(A1)" }, "items": { "stalls": [{ "pitch": 4 }] } }""")!.AsObject();
        await store.SubmitAsync("road", "s1", first, ReferenceFormat.Default, TestContext.Current.CancellationToken);
        await store.SubmitAsync("road", "s2", second, ReferenceFormat.Default, TestContext.Current.CancellationToken);
        return path;
    }
}
