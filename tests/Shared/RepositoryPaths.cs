namespace GovDesign.Tests;

/// <summary>Folders of the repository, found by walking up from the test binaries (shared by the test projects as a linked file).</summary>
internal static class RepositoryPaths
{
    /// <summary>form-engine/samples: the sample form definitions.</summary>
    public static string FormSamples => Find(Path.Combine("form-engine", "samples"));

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
