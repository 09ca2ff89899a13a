using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.SaveForLater;

/// <summary>Checks <see cref="FormRunnerOptions.SaveAndReturn"/> as the application starts, naming each setting at fault.</summary>
internal sealed class SaveAndReturnOptionsValidator : IValidateOptions<FormRunnerOptions>
{
    public ValidateOptionsResult Validate(string? name, FormRunnerOptions options)
    {
        var section = (string.IsNullOrEmpty(name) ? FormRunnerConfiguration.SectionName : $"{FormRunnerConfiguration.NamedSectionName}:{name}") + ":SaveAndReturn";
        var settings = options.SaveAndReturn;
        var problems = new List<string>();
        if (settings.LinkLifetime <= TimeSpan.Zero)
        {
            problems.Add($"{section}:LinkLifetime must be more than zero (it is {settings.LinkLifetime}).");
        }
        else if (settings.LinkLifetime > options.Retention.SavedJourneys)
        {
            problems.Add($"{section}:LinkLifetime ({settings.LinkLifetime}) is longer than {section[..^"SaveAndReturn".Length]}Retention:SavedJourneys ({options.Retention.SavedJourneys}): the saved answers would be deleted while the link still works. Shorten the one or lengthen the other.");
        }

        if (settings.RateWindow <= TimeSpan.Zero)
        {
            problems.Add($"{section}:RateWindow must be more than zero (it is {settings.RateWindow}).");
        }

        if (settings.LinksPerAddress < 1)
        {
            problems.Add($"{section}:LinksPerAddress must be 1 or more (it is {settings.LinksPerAddress}).");
        }

        if (settings.LinksPerClient < 1)
        {
            problems.Add($"{section}:LinksPerClient must be 1 or more (it is {settings.LinksPerClient}).");
        }

        if (settings.BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http") || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            problems.Add($"{section}:BaseUrl is '{url}': give an absolute https address without a query, such as https://forms.example.gov.uk.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
