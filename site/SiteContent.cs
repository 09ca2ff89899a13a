namespace GovDesign.Site;

/// <summary>
/// The folders the site reads its content from, one option for the whole site. Configuration:
/// <c>Guidance:Root</c> (the guidance Markdown) and <c>Forms:Samples</c> (the sample form
/// definitions). A relative path, and each default, is taken from the content root, as ASP.NET Core
/// takes wwwroot: <c>guidance</c> and <c>form-samples</c>, where the build and publish copy them
/// beside the site. <c>dotnet run --project site</c> runs in site/, whose appsettings.json points
/// both at the repository instead, so that an edited page shows on the next request.
/// </summary>
/// <param name="Guidance">The guidance folder, a full path.</param>
/// <param name="FormSamples">The sample forms' folder, a full path.</param>
public sealed record SiteContent(string Guidance, string FormSamples)
{
    /// <summary>The guidance folder's name beside the site.</summary>
    public const string GuidanceFolder = "guidance";

    /// <summary>The sample forms' folder name beside the site.</summary>
    public const string FormSamplesFolder = "form-samples";

    /// <summary>Reads the folders from configuration, resolving relative paths against <paramref name="contentRoot"/>.</summary>
    public static SiteContent From(IConfiguration configuration, string contentRoot) => new(
        Resolve(contentRoot, configuration["Guidance:Root"], GuidanceFolder),
        Resolve(contentRoot, configuration["Forms:Samples"], FormSamplesFolder));

    private static string Resolve(string contentRoot, string? configured, string folder) =>
        Path.GetFullPath(configured is { Length: > 0 } ? configured : folder, contentRoot);
}
