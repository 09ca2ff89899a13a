using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery;

/// <summary>Checks <see cref="DeliveryOptions"/> as the application starts, naming each setting at fault.</summary>
internal sealed class DeliveryOptionsValidation : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        Positive(failures, "Delivery:MaxAge", options.MaxAge);
        Positive(failures, "Delivery:FirstRetryDelay", options.FirstRetryDelay);
        Positive(failures, "Delivery:MaxRetryDelay", options.MaxRetryDelay);
        Positive(failures, "Delivery:RequestTimeout", options.RequestTimeout);
        Positive(failures, "Delivery:PollInterval", options.PollInterval);
        Positive(failures, "Delivery:HealthyPendingAge", options.HealthyPendingAge);
        Positive(failures, "Delivery:FileLinks:Lifetime", options.FileLinks.Lifetime);
        if (options.FileLinks.BaseUrl is { Length: > 0 } links && (!Uri.TryCreate(links, UriKind.Absolute, out var root) || root.Scheme is not ("https" or "http") || root.Query.Length > 0))
        {
            failures.Add($"Delivery:FileLinks:BaseUrl is \"{links}\"; give the absolute address citizens reach the forms at, like https://forms.example.gov.uk.");
        }

        if (options.MaxInlineFileBytes < 0 || options.MaxAttachmentBytes < 0)
        {
            failures.Add("Delivery:MaxInlineFileBytes and Delivery:MaxAttachmentBytes are sizes in bytes: give 0 or more.");
        }

        if (options.Concurrency is < 1 or > 256)
        {
            failures.Add($"Delivery:Concurrency is {options.Concurrency}; give a number from 1 to 256.");
        }

        foreach (var (secret, value) in options.Secrets)
        {
            if (string.IsNullOrEmpty(value))
            {
                failures.Add($"Delivery:Secrets:{secret} is empty.");
            }
        }

        for (var i = 0; i < options.Defaults.Webhooks.Count; i++)
        {
            var hook = options.Defaults.Webhooks[i];
            if (!Uri.TryCreate(hook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                failures.Add($"Delivery:Defaults:Webhooks:{i}:Url is not an absolute https address.");
            }

            if (!options.Secrets.ContainsKey(hook.Secret))
            {
                failures.Add($"Delivery:Defaults:Webhooks:{i}:Secret names \"{hook.Secret}\", which is not in Delivery:Secrets.");
            }
        }

        if (options.Defaults.EmailTo.Count > 0 && !options.Smtp.IsConfigured)
        {
            failures.Add("Delivery:Defaults:EmailTo is set but Delivery:Smtp has neither Host nor PickupFolder.");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add($"Delivery:Smtp:Port is {options.Smtp.Port}; give a port from 1 to 65535.");
        }

        if (options.Smtp.IsConfigured && !options.Smtp.From.Contains('@', StringComparison.Ordinal))
        {
            failures.Add("Delivery:Smtp:From must be the sender's email address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} is {value}; give a positive time span, like 00:00:30.");
        }
    }
}
