using System.Text.Json;

namespace GovDesign.Site.Accessibility;

/// <summary>
/// The audit's known findings on govuk-frontend's own fixtures: the entries of the kind "fixture" in the
/// accepted findings built into the site (<c>site/Accessibility/accepted-findings.json</c>, which
/// <c>govdesign audit --accept</c> reads), so that a fixture's page can say what is known about it.
/// </summary>
public static class FixtureFindings
{
    private static readonly ILookup<string, KnownFinding> All = Load();

    /// <summary>The known findings on one fixture (<paramref name="component"/>/<paramref name="slug"/>); none for most.</summary>
    public static IReadOnlyList<KnownFinding> For(string component, string slug) => [.. All[$"{component}/{slug}"]];

    private static ILookup<string, KnownFinding> Load()
    {
        using var stream = typeof(FixtureFindings).Assembly.GetManifestResourceStream("accepted-findings.json");
        if (stream is null)
        {
            return Array.Empty<(string, KnownFinding)>().ToLookup(x => x.Item1, x => x.Item2);
        }

        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("accepted").EnumerateArray()
            .Where(e => e.TryGetProperty("kind", out var kind) && kind.GetString() == "fixture")
            .ToLookup(e => e.GetProperty("fixture").GetString()!, e => new KnownFinding(e.GetProperty("rule").GetString()!, e.GetProperty("reason").GetString()!));
    }
}

/// <summary>One rule the audit reports on a fixture, and why it is accepted there.</summary>
/// <param name="Rule">The audit's rule id.</param>
/// <param name="Reason">The reason the accepted findings give.</param>
public sealed record KnownFinding(string Rule, string Reason);
