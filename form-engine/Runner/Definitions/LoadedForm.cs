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
    private readonly Lazy<long> _largestFile = new(() => definition.Pages.SelectMany(p => p.Questions)
        .Select(q => new AnswerTypes().For(q, definition.DefaultLanguage)).OfType<FileAnswer>().Select(f => f.MaxBytes).DefaultIfEmpty(0).Max());

    public FormDefinition Definition { get; } = definition;

    public Journey Journey { get; } = new(definition, time);

    public AnswerTypes Types { get; } = new(time);

    /// <summary>The largest file any question of the form takes, in bytes (0 without file questions), so a POST may be that big.</summary>
    public long LargestFile => _largestFile.Value;

    public string Slug { get; } = slug;
}
