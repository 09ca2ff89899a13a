using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Runner.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>A citizen's journey shows in the runner's own counters, on the meter <c>GovDesign.Forms</c>.</summary>
public sealed class RunnerMetricsTests
{
    [Fact]
    public async Task Journey_WithOneRefusedAnswer_CountsStartPagesErrorsAndSubmission()
    {
        await using var runner = await LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, TestContext.Current.CancellationToken);
        var measurements = new ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        var meters = runner.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener
        {
            // Only this runner's meter: other tests' runners in this process have meters of their own.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == FormRunnerMetrics.MeterName && instrument.Meter.Scope == meters)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
        var form = SampleAnswers.Load("apply-for-a-market-trader-permit");
        using var citizen = new Citizen(runner.Address);

        var first = await Journeys.StartAsync(citizen, form.Slug);
        var refused = await citizen.SubmitAsync(first, []);
        var check = await Journeys.AnswerUntilCheckAnswersAsync(citizen, form, first);
        await citizen.SubmitAsync(check, []);

        long Total(string name) => measurements.Where(m => m.Instrument == name && Equals(m.Tags["form"], form.Slug)).Sum(m => m.Value);
        Assert.NotNull(refused.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal(1, Total("govdesign.forms.journeys.started"));
        Assert.Equal(1, Total("govdesign.forms.journeys.completed"));
        Assert.Equal(1, Total("govdesign.forms.submissions"));
        Assert.True(Total("govdesign.forms.pages.served") >= form.Pages.Count, "Fewer pages counted than the form has.");
        var error = Assert.Single(measurements, m => m.Instrument == "govdesign.forms.validation.errors");
        Assert.Equal("applicant-name", error.Tags["question"]);
    }
}
