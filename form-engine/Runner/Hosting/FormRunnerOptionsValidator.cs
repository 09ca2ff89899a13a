using System.Net;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// Checks a runner's options as the application starts, so that a wrong setting stops it with a
/// message naming the setting (as configuration spells it) rather than failing at a citizen's request.
/// </summary>
internal sealed class FormRunnerOptionsValidator(IServiceProvider services) : IValidateOptions<FormRunnerOptions>
{
    public ValidateOptionsResult Validate(string? name, FormRunnerOptions options)
    {
        var section = FormRunnerConfiguration.SectionOf(name);
        var problems = new List<string>();
        if (!FormRunnerStorage.HasStore(services, name))
        {
            problems.Add(FormRunnerStorage.NoStore);
        }

        void Check(bool ok, string key, string problem)
        {
            if (!ok)
            {
                problems.Add($"{section}:{key} {problem}");
            }
        }

        Check(options.Sources.Count > 0 || File.Exists(options.Source) || Directory.Exists(options.Source),
            nameof(options.Source), $"is '{options.Source}', which is neither a form definition file nor a folder.");
        Check(!string.IsNullOrWhiteSpace(options.CookieName), nameof(options.CookieName), "is empty.");
        Check(options.SessionLifetime > TimeSpan.Zero, nameof(options.SessionLifetime), $"must be more than zero (it is {options.SessionLifetime}).");
        Check(options.MaxRequestBodyBytes > 0, nameof(options.MaxRequestBodyBytes), $"must be more than zero (it is {options.MaxRequestBodyBytes}).");
        Check(options.MaxFormFields > 0, nameof(options.MaxFormFields), $"must be more than zero (it is {options.MaxFormFields}).");
        Check(options.ShutdownTimeout >= TimeSpan.Zero, nameof(options.ShutdownTimeout), $"must not be negative (it is {options.ShutdownTimeout}).");
        Check(options.KeyCertificatePath is null || File.Exists(options.KeyCertificatePath), nameof(options.KeyCertificatePath), $"is '{options.KeyCertificatePath}', which is not a file.");
        foreach (var proxy in options.TrustedProxies.Where(p => !IsAddressOrNetwork(p)))
        {
            problems.Add($"{section}:{nameof(options.TrustedProxies)} has '{proxy}': give an IP address (such as 10.0.0.5) or a CIDR network (such as 10.0.0.0/8).");
        }

        var retention = options.Retention;
        Check(retention.Journeys is not { } journeys || journeys > TimeSpan.Zero, "Retention:Journeys", $"must be more than zero (it is {retention.Journeys}).");
        Check(retention.SavedJourneys > TimeSpan.Zero, "Retention:SavedJourneys", $"must be more than zero (it is {retention.SavedJourneys}).");
        Check(retention.DeliveredOutbox > TimeSpan.Zero, "Retention:DeliveredOutbox", $"must be more than zero (it is {retention.DeliveredOutbox}).");
        Check(retention.SubmittedFiles is not { } files || files > TimeSpan.Zero, "Retention:SubmittedFiles", $"must be more than zero (it is {retention.SubmittedFiles}).");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static bool IsAddressOrNetwork(string value) =>
        value.Contains('/', StringComparison.Ordinal) ? IPNetwork.TryParse(value, out _) : IPAddress.TryParse(value, out _);
}
