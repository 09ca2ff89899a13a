using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>The forms the runner serves, by slug, loaded once from <see cref="FormRunnerOptions.Source"/>.</summary>
internal sealed class FormCatalogue(IOptions<FormRunnerOptions> options)
{
    private readonly Lazy<IReadOnlyDictionary<string, RunnerForm>> _forms = new(() => FormSource.Load(options.Value.Source));

    public IEnumerable<RunnerForm> All => _forms.Value.Values.OrderBy(f => f.Slug, StringComparer.Ordinal);

    public RunnerForm? Find(string slug) => _forms.Value.GetValueOrDefault(slug);
}
