namespace GovDesign.Tests;

/// <summary>Folders of the repository, found by walking up from the test binaries (linked into every test project by tests/Directory.Build.props).</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository's root: the nearest folder above the test binaries that holds GovDesign.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>form-engine/samples: the sample form definitions.</summary>
    public static string FormSamples => Path.Combine(Root, "form-engine", "samples");

    /// <summary>guidance: the docs site's Markdown (not the copy the build puts beside the binaries).</summary>
    public static string Guidance => Path.Combine(Root, "guidance");

    /// <summary>site/Accessibility/accepted-findings.json: the govuk-frontend script findings the site accepts, with their reasons.</summary>
    public static string AcceptedFindings => Path.Combine(Root, "site", "Accessibility", "accepted-findings.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GovDesign.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No GovDesign.sln above the test binaries ({AppContext.BaseDirectory}).");
    }
}
