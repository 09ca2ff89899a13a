using GovDesign.Forms.Loading;

namespace GovDesignForms.Tests;

/// <summary>Every form definition in the app's forms/ folder loads with no error, as the runner loads it.</summary>
public sealed class FormDefinitionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "forms");

    public static TheoryData<string> Forms()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories).Order())
        {
            files.Add(Path.GetRelativePath(Folder, file));
        }

        return files;
    }

    [Fact]
    public void FormsFolder_HasAtLeastOneForm() => Assert.NotEmpty(Forms());

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_Loads_WithNoError(string file)
    {
        var result = FormLoader.LoadFile(Path.Combine(Folder, file));

        var problems = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{file}:{d}");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_PointsAtThePublishedSchema(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));

        Assert.Contains($"\"$schema\": \"{FormLoader.SchemaUrl}\"", text);
    }
}
