using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Runner;

/// <summary>One definition file. The runner serves only this form, so if it does not load, the runner does not start.</summary>
/// <param name="path">The definition file.</param>
public sealed class FileFormSource(string path) : IFormSource
{
    /// <summary>The definition file, as a full path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <inheritdoc />
    public bool FailureStopsStartup => true;

    /// <inheritdoc />
    public IEnumerable<SourcedForm> Read() => [Load(Path)];

    /// <summary>Loads one definition file.</summary>
    internal static SourcedForm Load(string file) =>
        SourcedForm.Of(FormLoader.LoadFile(file), file, () => ReadOrNull(file), System.IO.Path.GetFileNameWithoutExtension(file));

    private static string? ReadOrNull(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
