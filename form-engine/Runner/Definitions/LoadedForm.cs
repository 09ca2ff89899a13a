using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>A form the runner serves, with its journey logic and the answer types of its questions.</summary>
/// <param name="definition">The loaded definition.</param>
/// <param name="slug">The address it answers at: the definition's slug unless the catalogue was given another.</param>
/// <param name="time">The clock its journeys and answer types tell the date by.</param>
internal sealed class LoadedForm(FormDefinition definition, string slug, TimeProvider time)
{
    private readonly Lazy<Dictionary<string, long>> _largestFiles = new(() => definition.Pages.ToDictionary(page => page.Path, page => page.Questions
        .Select(q => new AnswerTypes().For(q, definition.DefaultLanguage)).OfType<FileAnswer>().Select(f => f.MaxBytes).DefaultIfEmpty(0).Max(), StringComparer.Ordinal));

    public FormDefinition Definition { get; } = definition;

    public Journey Journey { get; } = new(definition, time);

    public AnswerTypes Types { get; } = new(time);

    /// <summary>The largest file a question on the page at <paramref name="path"/> takes, in bytes; 0 for a page without file questions or no such page.</summary>
    public long LargestFileOn(string path) => _largestFiles.Value.GetValueOrDefault(path);

    public string Slug { get; } = slug;
}
