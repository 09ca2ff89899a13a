using GovDesign.Forms.Runner;

namespace GovDesign.Cli.Forms;

/// <summary>
/// The forms <c>forms serve</c> serves: its file or folder read once, when the command first asks (to print
/// their diagnostics), and handed to the runner as they were read, so that no definition is loaded twice.
/// </summary>
/// <param name="source">The file or folder source whose forms are read.</param>
internal sealed class ServedForms(IFormSource source) : IFormSource
{
    private IReadOnlyList<SourcedForm>? _read;

    /// <inheritdoc />
    public bool FailureStopsStartup => source.FailureStopsStartup;

    /// <summary>A folder's forms (each that does not load answers 503), or one file's (which must load).</summary>
    /// <param name="path">The full path of a definition file or a folder of them.</param>
    /// <returns>The forms, not read yet.</returns>
    public static ServedForms From(string path) =>
        new(Directory.Exists(path) ? new FolderFormSource(path) : new FileFormSource(path));

    /// <inheritdoc />
    public IEnumerable<SourcedForm> Read() => _read ??= [.. source.Read()];
}
