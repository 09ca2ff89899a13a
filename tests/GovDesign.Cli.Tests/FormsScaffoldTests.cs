using System.CommandLine;
using System.Text.Json.Nodes;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Loading;

namespace GovDesign.Cli.Tests;

/// <summary><c>govdesign forms new</c> and <c>govdesign forms schema</c>, run in this process as the tool runs them.</summary>
public sealed class FormsScaffoldTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govdesign-new-").FullName;

    [Fact]
    public async Task New_ASlug_WritesADefinitionThatValidatesAndNamesTheStableSchema()
    {
        var file = Path.Combine(_folder, "apply-for-a-permit.json");

        var (exit, output, _) = await RunAsync("new", "apply-for-a-permit", "--output", file);

        Assert.Equal(0, exit);
        Assert.Contains("forms validate", output);
        var loaded = FormLoader.LoadFile(file);
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Apply for a permit", loaded.Form!.Title.In("en"));
        Assert.Equal(FormLoader.SchemaUrl, (string?)JsonNode.Parse(File.ReadAllText(file))!["$schema"]);
        Assert.Equal(0, (await RunAsync("validate", file)).Exit);
    }

    [Fact]
    public async Task New_WithTitle_UsesIt()
    {
        var file = Path.Combine(_folder, "permit.json");

        await RunAsync("new", "permit", "--title", "Get a street trading permit", "--output", file);

        Assert.Equal("Get a street trading permit", FormLoader.LoadFile(file).Form!.Title.In("en"));
    }

    [Theory]
    [InlineData("Apply")]
    [InlineData("apply--twice")]
    [InlineData("1-apply")]
    public async Task New_NotASlug_ExitsWithOneNamingIt(string slug)
    {
        var (exit, _, error) = await RunAsync("new", slug, "--output", Path.Combine(_folder, "x.json"));

        Assert.Equal(1, exit);
        Assert.Contains($"'{slug}' is not a slug", error);
        Assert.False(File.Exists(Path.Combine(_folder, "x.json")));
    }

    [Fact]
    public async Task New_FileExists_ExitsWithOneAndLeavesItAlone()
    {
        var file = Path.Combine(_folder, "mine.json");
        File.WriteAllText(file, "{}");

        var (exit, _, error) = await RunAsync("new", "mine", "--output", file);

        Assert.Equal(1, exit);
        Assert.Contains("already exists", error);
        Assert.Equal("{}", File.ReadAllText(file));
    }

    [Fact]
    public async Task Schema_WithOutput_WritesTheEmbeddedSchema()
    {
        var file = Path.Combine(_folder, "form.schema.json");

        var (exit, _, _) = await RunAsync("schema", "--output", file);

        Assert.Equal(0, exit);
        Assert.Equal(FormLoader.SchemaText, File.ReadAllText(file));
    }

    [Fact]
    public async Task Schema_WithoutOutput_PrintsTheSchemaWithItsStableId()
    {
        var (exit, output, _) = await RunAsync("schema");

        Assert.Equal(0, exit);
        Assert.Equal(FormLoader.SchemaUrl, (string?)JsonNode.Parse(output)!["$id"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await FormsCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
