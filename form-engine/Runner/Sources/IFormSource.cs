namespace GovDesign.Forms.Runner;

/// <summary>
/// Where a form runner's forms come from: a file (<see cref="FileFormSource"/>), a folder
/// (<see cref="FolderFormSource"/>) or definitions held in memory (<see cref="MemoryFormSource"/>).
/// The runner reads its sources once, at startup; its <see cref="FormCatalogue"/> can then add,
/// replace and remove forms while it runs.
/// </summary>
public interface IFormSource
{
    /// <summary>
    /// Whether a form that does not load stops the runner from starting. When false, the runner logs
    /// the form's diagnostics, answers its pages with a 503 page, and serves the other forms.
    /// </summary>
    bool FailureStopsStartup { get; }

    /// <summary>Reads and checks every form the source holds now.</summary>
    /// <returns>Each definition with what loading it made of it.</returns>
    IEnumerable<SourcedForm> Read();
}
