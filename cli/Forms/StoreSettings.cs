using GovDesign.Forms.Runner;
using Microsoft.Extensions.Configuration;

namespace GovDesign.Cli.Forms;

/// <summary>
/// Where the runner keeps its data, as <c>forms serve</c> would read it, for commands that open the store
/// themselves: <c>appsettings.json</c> beside the tool, then in the current folder, then environment variables
/// (<c>ConnectionStrings__Forms</c>, <c>FormRunner__PostgresConnectionString</c>, <c>FormRunner__DatabasePath</c>).
/// A connection string read here never has to be typed on a command line, where <c>ps</c> would show it.
/// </summary>
internal static class StoreSettings
{
    public static FormRunnerOptions Read()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new FormRunnerOptions();
        FormRunnerConfiguration.Bind(configuration, "", options);
        return options;
    }
}
