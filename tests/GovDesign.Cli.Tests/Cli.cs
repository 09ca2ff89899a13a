using System.CommandLine;
using GovDesign.Cli.Audit;

namespace GovDesign.Cli.Tests;

/// <summary>Runs <c>govdesign audit</c> in this process, as the tool's entry point does, and keeps what it printed.</summary>
internal static class Cli
{
    /// <summary>The browser the audit finds with no <c>--chromium</c>, as <see cref="ChromiumLocator"/> finds it.</summary>
    public static string ChromiumPath =>
        ChromiumLocator.Find(explicitPath: null) is { Path: { } path } ? path : throw new InvalidOperationException(ChromiumLocator.InstallHelp);

    public static async Task<(int Exit, string Output, string Error)> AuditAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var withBrowser = args.Contains("--chromium") ? args : [.. args, "--chromium", ChromiumPath];
        var exit = await AuditCommand.Create().Parse(withBrowser).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
