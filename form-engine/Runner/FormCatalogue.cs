using System.Collections.Immutable;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Definitions;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner;

/// <summary>
/// The forms one runner serves, by slug. It reads its <see cref="IFormSource"/>s once, at startup:
/// a form that does not load either stops the start (a single file, or memory) or, from a folder, is
/// logged and answers 503 while the others keep working. While the application runs,
/// <see cref="Set"/> adds or replaces a form and <see cref="Remove"/> takes one away; a journey in
/// progress carries on with the form as it is on each request.
/// </summary>
public sealed class FormCatalogue
{
    private readonly IReadOnlyList<IFormSource> _sources;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, LoadedForm> _forms = ImmutableDictionary.Create<string, LoadedForm>(StringComparer.Ordinal);
    private ImmutableSortedDictionary<string, SourcedForm> _unavailable = ImmutableSortedDictionary.Create<string, SourcedForm>(StringComparer.Ordinal);
    private volatile bool _loaded;

    private readonly Func<FormDefinition, IReadOnlyList<Loading.Diagnostic>>? _check;

    /// <param name="sources">Where the forms come from.</param>
    /// <param name="time">The clock the forms' journeys tell the date by.</param>
    /// <param name="logger">Where a form that does not load is logged.</param>
    /// <param name="check">What this runner cannot do of what a loaded form asks (such as save and return without email): its errors make the form one that did not load.</param>
    internal FormCatalogue(IReadOnlyList<IFormSource> sources, TimeProvider time, ILogger logger, Func<FormDefinition, IReadOnlyList<Loading.Diagnostic>>? check = null)
    {
        _check = check;
        _sources = sources;
        _time = time;
        _logger = logger;
    }

    /// <summary>The slugs of the forms being served, in order.</summary>
    public IReadOnlyList<string> Slugs => [.. Loaded().Keys.Order(StringComparer.Ordinal)];

    /// <summary>The forms that did not load from a folder, with their diagnostics; their pages answer 503.</summary>
    public IReadOnlyList<SourcedForm> Unavailable
    {
        get
        {
            Loaded();
            return [.. _unavailable.Values];
        }
    }

    internal IEnumerable<LoadedForm> All => Loaded().Values.OrderBy(f => f.Slug, StringComparer.Ordinal);

    /// <summary>Adds a loaded form, or replaces the one with the same slug.</summary>
    /// <param name="form">The form, as <see cref="Loading.FormLoader"/> loaded it.</param>
    /// <param name="slug">The address to serve it at, when not the definition's own slug.</param>
    public void Set(FormDefinition form, string? slug = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        slug ??= form.Slug;
        Loaded();
        lock (_gate)
        {
            _forms = _forms.SetItem(slug, new LoadedForm(form, slug, _time));
            _unavailable = _unavailable.Remove(slug);
        }
    }

    /// <summary>Stops serving a form: its pages then answer 404. Journeys and submissions already made stay in the store.</summary>
    /// <param name="slug">The form's slug.</param>
    /// <returns>Whether there was such a form.</returns>
    public bool Remove(string slug)
    {
        Loaded();
        lock (_gate)
        {
            var found = _forms.ContainsKey(slug) || _unavailable.ContainsKey(slug);
            _forms = _forms.Remove(slug);
            _unavailable = _unavailable.Remove(slug);
            return found;
        }
    }

    internal LoadedForm? Find(string slug) => Loaded().GetValueOrDefault(slug);

    internal bool IsUnavailable(string slug) => _unavailable.ContainsKey(slug);

    /// <summary>Whether the sources have been read (as the runner starts).</summary>
    internal bool IsLoaded => _loaded;

    /// <summary>
    /// Reads the sources, once; the runner does this as it starts. A form that does not load from a
    /// source whose failures stop startup throws, with every such problem listed.
    /// </summary>
    /// <exception cref="InvalidOperationException">A form that had to load did not.</exception>
    public void Load() => Loaded();

    private ImmutableDictionary<string, LoadedForm> Loaded()
    {
        if (!_loaded)
        {
            lock (_gate)
            {
                if (!_loaded)
                {
                    ReadSources();
                    _loaded = true;
                }
            }
        }

        return _forms;
    }

    private void ReadSources()
    {
        var fatal = new List<string>();
        foreach (var source in _sources)
        {
            foreach (var read in source.Read())
            {
                var sourced = read.Result.Form is { } form && _check?.Invoke(form) is { Count: > 0 } refused
                    ? read with { Result = new Loading.FormLoadResult(null, [.. read.Result.Diagnostics, .. refused]) }
                    : read;
                var problems = sourced.Result.Form is null
                    ? [.. sourced.Result.Diagnostics.Select(d => $"{sourced.Origin}:{d}")]
                    : _forms.ContainsKey(sourced.Slug) ? [$"{sourced.Origin}: another form already has the slug \"{sourced.Slug}\""] : Array.Empty<string>();
                if (problems.Length == 0)
                {
                    _forms = _forms.Add(sourced.Slug, new LoadedForm(sourced.Result.Form!, sourced.Slug, _time));
                }
                else if (source.FailureStopsStartup)
                {
                    fatal.AddRange(problems);
                }
                else
                {
                    _unavailable = _unavailable.SetItem(sourced.Slug, sourced);
                    Telemetry.RunnerLog.FormDidNotLoad(_logger, sourced.Origin, sourced.Slug, Environment.NewLine + string.Join(Environment.NewLine, problems));
                }
            }
        }

        if (fatal.Count > 0)
        {
            throw new InvalidOperationException("The forms could not be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, fatal));
        }
    }
}
