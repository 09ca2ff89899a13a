using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Runner;

/// <summary>
/// Definitions held as JSON text, for an application that makes its forms itself (or starts with
/// none and adds them to the <see cref="FormCatalogue"/> as it runs, as the docs site's playground does).
/// A definition that does not load stops the runner from starting.
/// </summary>
/// <param name="definitions">Each definition's JSON.</param>
public sealed class MemoryFormSource(params IEnumerable<string> definitions) : IFormSource
{
    private readonly IReadOnlyList<string> _definitions = [.. definitions];

    /// <inheritdoc />
    public bool FailureStopsStartup => true;

    /// <inheritdoc />
    public IEnumerable<SourcedForm> Read() =>
        _definitions.Select((json, i) => SourcedForm.Of(FormLoader.Load(json), $"memory #{i + 1}", () => json, $"form-{i + 1}"));
}
