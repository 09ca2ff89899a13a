using GovDesign.Forms.Loading;
using GovDesign.Tests;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary><c>govdesign forms import</c>, run in-process: files written, exit codes, and clear errors for bad input.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-import-tests-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Form => XGov.OnePage("""{ "type": "TextField", "name": "fullName", "title": "Full name", "options": {}, "schema": {} }""");

    [Fact]
    public async Task Import_XGovFile_WritesAValidDefinitionAndAReportAndExitsZero()
    {
        var source = Write("apply.json", Form);
        var target = _folder.File("out/apply-imported.json");

        var (code, output, error) = await FormsCommandTests.RunAsync("forms", "import", source, "--from", "xgov", "--output", target);

        Assert.True(code == 0, output + error);
        Assert.True(FormLoader.LoadFile(target).Succeeded);
        Assert.Contains("1/1 questions", output, StringComparison.Ordinal);
        Assert.Contains("## Mapped", File.ReadAllText(_folder.File("out/apply-imported.import.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Folder_WritesEachFileAndPrintsTheTotals()
    {
        Directory.CreateDirectory(_folder.File("in"));
        File.WriteAllText(_folder.File("in/FirstForm.json"), Form);
        File.WriteAllText(_folder.File("in/second.json"), Form);

        var (code, output, _) = await FormsCommandTests.RunAsync("forms", "import", _folder.File("in"), "--from", "xgov", "--output", _folder.File("out"));

        Assert.Equal(0, code);
        Assert.True(File.Exists(_folder.File("out/first-form.json")));
        Assert.True(File.Exists(_folder.File("out/second.import.md")));
        Assert.Contains("Files imported and valid: 2 / 2 (100.0%)", output, StringComparison.Ordinal);
        Assert.Contains("Questions mapped: 2 / 2 (100.0%)", output, StringComparison.Ordinal);
        Assert.Contains("Conditions mapped: 0 / 0 (100%)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"pages\": [ ", "not valid JSON")]
    [InlineData("[1, 2]", "not an XGov form definition")]
    [InlineData("{ \"title\": \"A GovDesign form\" }", "not an XGov form definition")]
    public async Task Import_BadInputFile_ExitsTwoWithAClearErrorAndNoStackTrace(string text, string expected)
    {
        var source = Write("bad.json", text);

        var (code, output, error) = await FormsCommandTests.RunAsync("forms", "import", source, "--from", "xgov", "--output", _folder.File("bad-out.json"));

        Assert.Equal(2, code);
        Assert.StartsWith(source + ": ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("bad-out.json")));
    }

    [Theory]
    [InlineData(null, "--from xgov")]
    [InlineData("formio", "\"formio\"")]
    public async Task Import_WithoutAKnownFormat_ExitsTwoNamingXGov(string? from, string expected)
    {
        var source = Write("form.json", Form);
        string[] args = from is null ? ["forms", "import", source, "--output", _folder.File("o.json")] : ["forms", "import", source, "--from", from, "--output", _folder.File("o.json")];

        var (code, _, error) = await FormsCommandTests.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingInput_ExitsTwoNamingIt()
    {
        var (code, _, error) = await FormsCommandTests.RunAsync("forms", "import", _folder.File("nowhere.json"), "--from", "xgov", "--output", _folder.File("o.json"));

        Assert.Equal(2, code);
        Assert.Contains("nowhere.json: no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutOutput_ExitsTwoSayingWhatToGive()
    {
        var (code, _, error) = await FormsCommandTests.RunAsync("forms", "import", Write("form.json", Form), "--from", "xgov");

        Assert.Equal(2, code);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}
