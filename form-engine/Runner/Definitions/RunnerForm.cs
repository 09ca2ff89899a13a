using System.Text.Json.Nodes;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>
/// A form as the runner needs it: texts resolve in the current UI culture, and the journey says which
/// pages are on the citizen's path for the answers so far. Built from a loaded definition by
/// <c>FormSource</c>.
/// </summary>
internal sealed class RunnerForm
{
    private readonly Dictionary<string, RunnerPage> _pages;

    public RunnerForm(string slug, IReadOnlyList<RunnerPage> pages, Func<JsonObject, IReadOnlyList<RunnerPage>> pathFor)
    {
        Slug = slug;
        Pages = pages;
        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        PathFor = pathFor;
    }

    public string Slug { get; }

    public required Func<string> Title { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    public Func<string?> StartContentHtml { get; init; } = () => null;

    public Func<string?> Declaration { get; init; } = () => null;

    public Func<string?> ConfirmationContentHtml { get; init; } = () => null;

    public Func<string> NewReference { get; init; } = ReferenceNumbers.Create;

    public IReadOnlyList<RunnerPage> Pages { get; }

    /// <summary>The pages the citizen's answers lead through, in order (the journey decides).</summary>
    public Func<JsonObject, IReadOnlyList<RunnerPage>> PathFor { get; }

    public RunnerPage? Page(string path) => _pages.GetValueOrDefault(path);
}
