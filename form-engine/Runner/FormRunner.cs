using GovDesign.Forms.Delivery;
using GovDesign.Forms.Runner.Sessions;
using GovDesign.Forms.Runner.Telemetry;
using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace GovDesign.Forms.Runner;

/// <summary>
/// One runner's parts: its options, its forms, its store and its session cookies. An application
/// usually has one runner; the docs site has two (the sample forms, and the playground's forms in memory),
/// told apart by name (see <see cref="FormRunnerServiceCollectionExtensions.AddFormRunner(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, Action{FormRunnerOptions})"/>).
/// </summary>
internal sealed class FormRunner(FormRunnerOptions options, FormCatalogue catalogue, IFormStore store, IAntiforgery antiforgery, IStringLocalizer<RunnerText> text, FormRunnerMetrics metrics,
    DeliveryPlanner? delivery = null, SaveForLater.SaveLinks? saveLinks = null)
{
    /// <summary>Save and return: null for a runner that cannot send its links (no email configured, a store without saved journeys, the playground's).</summary>
    public SaveForLater.SaveLinks? SaveLinks { get; } = saveLinks;

    /// <summary>Decides each submission's deliveries; null for a runner that delivers nothing (the playground's).</summary>
    public DeliveryPlanner? Delivery { get; } = delivery;

    public FormRunnerOptions Options { get; } = options;

    public FormCatalogue Catalogue { get; } = catalogue;

    public IFormStore Store { get; } = store;

    public SessionCookies Cookies { get; } = new(options);

    public IAntiforgery Antiforgery { get; } = antiforgery;

    /// <summary>The runner's own words (titles, buttons, messages), in the current culture.</summary>
    public IStringLocalizer<RunnerText> Text { get; } = text;

    /// <summary>The counters of journeys, pages, validation errors and submissions.</summary>
    public FormRunnerMetrics Metrics { get; } = metrics;
}
