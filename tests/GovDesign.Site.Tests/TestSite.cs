using GovDesign.Site.Export;

namespace GovDesign.Site.Tests;

/// <summary>
/// The site running on a loopback port over a copy of the repository's guidance (so tests may
/// edit files), plus a few pages of our own that the tests rely on, and the site exported once
/// under the base path <c>/docs/</c>.
/// </summary>
public sealed class TestSite : IAsyncLifetime
{
    private RunningSite? _site;

    /// <summary>The copy of <c>guidance/</c> the site reads.</summary>
    public string GuidanceRoot { get; } = Path.Combine(Path.GetTempPath(), "govdesign-site-tests", Guid.NewGuid().ToString("N"), "guidance");

    /// <summary>Where the export was written.</summary>
    public string ExportRoot => Path.Combine(Path.GetDirectoryName(GuidanceRoot)!, "export");

    public HttpClient Http { get; private set; } = null!;

    internal ExportResult Export { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Copy(RepositoryPaths.Guidance, GuidanceRoot);
        WriteIfMissing("components/button.md", """
            ---
            title: Button
            description: A button starts or completes an action.
            component: Button
            ---

            ## When to use it

            Use it for the main thing a page asks of the user.

            ```example
            components/button/start-button
            ```
            """);
        File.WriteAllText(Path.Combine(GuidanceRoot, "contribute", "test-page.md"), """
            ---
            title: Test page for the site tests
            description: Checks rendering of every Markdown feature.
            order: 99
            status: experimental
            ---

            # Test page for the site tests

            ## First section

            A paragraph with [a link](/styles) and `code`.

            1. one
            2. two

            | Name | Value |
            |------|-------|
            | a    | b     |

            > An inset note.

            ## Second section

            ### A smaller heading

            ```csharp
            var longLine = "a line long enough that on a narrow screen it has to scroll inside its own box, not the page";
            ```
            """);

        _site = await RunningSite.StartAsync(["--Guidance:Root", GuidanceRoot]);
        Http = new HttpClient { BaseAddress = _site.BaseAddress };
        Export = await _site.ExportAsync(ExportRoot, "/docs/");
    }

    private void WriteIfMissing(string relative, string text)
    {
        var path = Path.Combine(GuidanceRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, text);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        Directory.CreateDirectory(Path.Combine(to, "contribute"));
        foreach (var file in Directory.EnumerateFiles(from, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        Directory.Delete(Path.GetDirectoryName(GuidanceRoot)!, recursive: true);
    }
}
