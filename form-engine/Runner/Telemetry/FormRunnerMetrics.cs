using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GovDesign.Forms.Runner.Telemetry;

/// <summary>
/// The runner's own measurements, on the meter <see cref="MeterName"/>: journeys started and
/// completed, pages served, validation errors by question, and submissions, each tagged with the form.
/// Counters only: adding to one nobody listens to costs next to nothing, so they stay on every request.
/// </summary>
public sealed class FormRunnerMetrics
{
    /// <summary>The name of the runner's meter and activity source; exporters add <c>GovDesign.Forms*</c>, which takes in the meters of delivery and others too.</summary>
    public const string MeterName = "GovDesign.Forms";

    /// <summary>The runner's traces: a span around each submission and each clean-up.</summary>
    public static readonly ActivitySource ActivitySource = new(MeterName);

    private readonly Counter<long> _journeysStarted;
    private readonly Counter<long> _journeysCompleted;
    private readonly Counter<long> _pagesServed;
    private readonly Counter<long> _validationErrors;
    private readonly Counter<long> _submissions;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    /// <param name="meters">The application's meter factory.</param>
    public FormRunnerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _journeysStarted = meter.CreateCounter<long>("govdesign.forms.journeys.started", "{journey}", "Journeys begun: a citizen's first answer saved.");
        _journeysCompleted = meter.CreateCounter<long>("govdesign.forms.journeys.completed", "{journey}", "Journeys that ended in a submission.");
        _pagesServed = meter.CreateCounter<long>("govdesign.forms.pages.served", "{page}", "Pages of a form rendered, errors and confirmation included.");
        _validationErrors = meter.CreateCounter<long>("govdesign.forms.validation.errors", "{error}", "Answers refused with an error message, by question.");
        _submissions = meter.CreateCounter<long>("govdesign.forms.submissions", "{submission}", "Submissions written to the store.");
    }

    /// <summary>A journey of <paramref name="form"/> was saved for the first time.</summary>
    /// <param name="form">The form's slug.</param>
    public void JourneyStarted(string form) => _journeysStarted.Add(1, new KeyValuePair<string, object?>("form", form));

    /// <summary>A page of <paramref name="form"/> was rendered.</summary>
    /// <param name="form">The form's slug.</param>
    public void PageServed(string form) => _pagesServed.Add(1, new KeyValuePair<string, object?>("form", form));

    /// <summary>An answer to <paramref name="question"/> was refused, with <paramref name="count"/> messages.</summary>
    /// <param name="form">The form's slug.</param>
    /// <param name="question">The question's name.</param>
    /// <param name="count">How many errors.</param>
    public void ValidationFailed(string form, string question, int count) =>
        _validationErrors.Add(count, new KeyValuePair<string, object?>("form", form), new KeyValuePair<string, object?>("question", question));

    /// <summary>A journey of <paramref name="form"/> was submitted.</summary>
    /// <param name="form">The form's slug.</param>
    public void Submitted(string form)
    {
        var tag = new KeyValuePair<string, object?>("form", form);
        _submissions.Add(1, tag);
        _journeysCompleted.Add(1, tag);
    }
}
