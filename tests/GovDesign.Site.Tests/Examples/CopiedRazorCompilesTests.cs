using System.Diagnostics;
using System.Text.RegularExpressions;
using GovDesign.Site.Examples;
using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Examples;

/// <summary>
/// Copy that compiles (issue 17, point 3): every example's Razor, as its copy button copies it, pasted
/// into one new project outside this repository that has only what a team has: GovDesign.Components and
/// GovDesign.Patterns (their built assemblies, the API the packages carry, with no access to internals), ASP.NET
/// Core, and the <c>_Imports.razor</c> of the <c>govdesign-service</c> template. Built once; warnings are
/// errors, so a component the compiler does not know (RZ10012) fails too.
/// </summary>
public sealed partial class CopiedRazorCompilesTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task CopiedRazor_OfEveryExample_CompilesInAConsumerProject()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("govdesign-copied-examples-").FullName;
        try
        {
            var files = WriteProject(folder);

            // Act
            var (exitCode, output) = await BuildAsync(folder);

            // Assert
            var errors = Errors(output, files);
            Assert.True(exitCode == 0 && errors.Count == 0,
                $"Copied Razor that does not compile ({errors.Count} errors, dotnet build exit code {exitCode}):{Environment.NewLine}"
                + (errors.Count > 0 ? string.Join(Environment.NewLine, errors) : output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The project, the template's imports and one .razor file per example; returns example id by file.</summary>
    private static Dictionary<string, string> WriteProject(string folder)
    {
        var references = new[] { typeof(GovDesign.Components.Button), typeof(GovDesign.Patterns.QuestionPage) }
            .Select(type => $"    <Reference Include=\"{type.Assembly.Location}\" />");
        File.WriteAllText(Path.Combine(folder, "CopiedExamples.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Razor">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
            {string.Join(Environment.NewLine, references)}
              </ItemGroup>
            </Project>
            """);

        // The imports a new service has, less the line naming the template's own namespace.
        var imports = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "templates", "content", "govdesign-service", "GovDesignService", "Pages", "_Imports.razor"))
            .Where(line => !line.Contains("GovDesignService", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(folder, "_Imports.razor"), imports);

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        Assert.NotEmpty(ExampleCatalogue.All);
        foreach (var example in ExampleCatalogue.All)
        {
            // components/button/start-button is Examples/Components/Button/StartButton.razor, a class name a team could have.
            var relative = Path.Combine(["Examples", .. example.Type.FullName!["GovDesign.Site.Examples.".Length..].Split('.')]) + ".razor";
            var file = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, ExampleSources.CopyableRazor(example) + "\n");
            files[relative.Replace('\\', '/')] = example.Id;
        }

        return files;
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet", ["build", "CopiedExamples.csproj", "--nologo", "-v", "quiet", "-clp:ErrorsOnly;NoSummary",
            "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // The test host's own MSBuild settings must not leak into a build of another project.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(BuildTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build of the copied examples took longer than {BuildTimeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Each distinct compiler error, as "example id: file(line,column): error CODE: message".</summary>
    private static List<string> Errors(string output, Dictionary<string, string> files) =>
        [.. output.ReplaceLineEndings("\n").Split('\n')
            .Select(line => ErrorLine().Match(line))
            .Where(match => match.Success)
            .Select(match =>
            {
                var file = match.Groups["file"].Value.Replace('\\', '/');
                var relative = files.Keys.FirstOrDefault(key => file.EndsWith("/" + key, StringComparison.Ordinal));
                var id = relative is null ? "(the project)" : files[relative];
                return $"{id}: {relative ?? Path.GetFileName(file)}{match.Groups["place"].Value}: error {match.Groups["code"].Value}: {match.Groups["message"].Value}";
            })
            .Distinct()];

    [GeneratedRegex(@"^\s*(?<file>[^(]+?)(?<place>\(\d+,\d+\))?\s*:\s*error (?<code>[A-Z]+\d+)\s*:\s*(?<message>.*?)(\s+\[[^\]]+\])?\s*$")]
    private static partial Regex ErrorLine();
}
