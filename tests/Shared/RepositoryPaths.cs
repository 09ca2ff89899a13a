namespace GovDesign.Tests;

/// <summary>Folders of the repository, found by walking up from the test binaries (linked into every test project by tests/Directory.Build.props).</summary>
internal static class RepositoryPaths
{
    /// <summary>form-engine/samples: the sample form definitions.</summary>
    public static string FormSamples => Find(Path.Combine("form-engine", "samples"));

    /// <summary>guidance: the docs site's Markdown.</summary>
    public static string Guidance => Find("guidance");

    private static string Find(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{relative} was not found above the test binaries.");
    }
}
