using Microsoft.Extensions.Hosting;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>Reads a runner's forms as the application starts, so that a form that must load and does not stops the start with its diagnostics.</summary>
internal sealed class FormCatalogueStartup(FormCatalogue catalogue) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        catalogue.Load();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
