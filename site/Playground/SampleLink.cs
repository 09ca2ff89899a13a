using System.Text.RegularExpressions;

namespace GovDesign.Site.Playground;

/// <summary>The address that opens a sample form's definition in the playground, where it can be changed and tried.</summary>
public static partial class SampleLink
{
    /// <summary>The playground's address with the sample <paramref name="slug"/> in it.</summary>
    /// <param name="slug">The sample's slug: its file name in the sample forms' folder, without <c>.json</c>.</param>
    public static string For(string slug) => $"{PlaygroundEndpoints.Path}?sample={Uri.EscapeDataString(slug)}";

    /// <summary>Whether <paramref name="slug"/> can name a sample form's file: lower-case words joined by hyphens, nothing else.</summary>
    /// <param name="slug">The name to check.</param>
    public static bool IsSlug(string slug) => Slug().IsMatch(slug);

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex Slug();
}
