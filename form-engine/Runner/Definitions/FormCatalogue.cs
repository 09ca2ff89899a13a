using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Loading;
using Microsoft.Extensions.Options;

using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>
/// The forms the runner serves, by slug, loaded and checked once from <see cref="FormRunnerOptions.Source"/>.
/// Their journeys and answer types tell the date by the <see cref="TimeProvider"/> registered, or the system clock.
/// </summary>
internal sealed class FormCatalogue(IOptions<FormRunnerOptions> options, TimeProvider? time = null)
{
    private readonly Lazy<IReadOnlyDictionary<string, LoadedForm>> _forms = new(() => Load(options.Value.Source, time));

    public IEnumerable<LoadedForm> All => _forms.Value.Values.OrderBy(f => f.Definition.Slug, StringComparer.Ordinal);

    public LoadedForm? Find(string slug) => _forms.Value.GetValueOrDefault(slug);

    /// <summary>Loads a definition file, or every <c>*.json</c> file in a folder; any diagnostic stops the runner with every problem listed.</summary>
    public static IReadOnlyDictionary<string, LoadedForm> Load(string source, TimeProvider? time = null)
    {
        var files = Directory.Exists(source)
            ? Directory.GetFiles(source, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray()
            : [source];
        var forms = new Dictionary<string, LoadedForm>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var result = FormLoader.LoadFile(file);
            problems.AddRange(result.Diagnostics.Where(d => result.Form is null).Select(d => $"{file}:{d}"));
            if (result.Form is { } form && !forms.TryAdd(form.Slug, new LoadedForm(form, time)))
            {
                problems.Add($"{file}: another form already has the slug \"{form.Slug}\"");
            }
        }

        return problems.Count > 0
            ? throw new InvalidOperationException("The forms could not be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
            : forms;
    }
}

/// <summary>A loaded form with its journey logic and the answer types of its questions.</summary>
internal sealed class LoadedForm(FormDefinition definition, TimeProvider? time = null)
{
    private readonly Lazy<long> _largestFile = new(() => definition.Pages.SelectMany(p => p.Questions)
        .Select(q => new AnswerTypes().For(q, definition.DefaultLanguage)).OfType<FileAnswer>().Select(f => f.MaxBytes).DefaultIfEmpty(0).Max());

    public FormDefinition Definition { get; } = definition;

    public Journey Journey { get; } = new(definition, time);

    public AnswerTypes Types { get; } = new(time);

    /// <summary>The largest file any question of the form takes, in bytes (0 without file questions), so a POST may be that big.</summary>
    public long LargestFile => _largestFile.Value;

    public string Slug => Definition.Slug;
}
