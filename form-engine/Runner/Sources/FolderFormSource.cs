namespace GovDesign.Forms.Runner;

/// <summary>
/// Every <c>*.json</c> file in a folder (not its subfolders), in name order. A file that does not
/// load is logged and its pages answer 503, while the other forms keep working.
/// </summary>
/// <param name="path">The folder.</param>
public sealed class FolderFormSource(string path) : IFormSource
{
    /// <summary>The folder, as a full path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <inheritdoc />
    public bool FailureStopsStartup => false;

    /// <inheritdoc />
    public IEnumerable<SourcedForm> Read() => Directory.GetFiles(Path, "*.json", SearchOption.TopDirectoryOnly)
        .Order(StringComparer.Ordinal)
        .Select(FileFormSource.Load);
}
