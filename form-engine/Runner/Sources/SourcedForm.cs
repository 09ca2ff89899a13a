using System.Text.Json.Nodes;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Runner;

/// <summary>One definition a source read.</summary>
/// <param name="Slug">The address its pages answer at: the definition's slug, or for a definition that did not load, its <c>slug</c> if readable, else its file's name.</param>
/// <param name="Origin">Where it came from, for messages: a file path, or <c>memory #1</c>.</param>
/// <param name="Result">The form, or the diagnostics that stopped it loading.</param>
public sealed record SourcedForm(string Slug, string Origin, FormLoadResult Result)
{
    /// <summary>Names what loading a definition made of it.</summary>
    /// <param name="result">What the loader made of the definition.</param>
    /// <param name="origin">Where it came from.</param>
    /// <param name="json">The definition's text, to find the slug of a definition that did not load; null when it could not be read.</param>
    /// <param name="fallbackSlug">The slug to answer at when the definition names none that can be read.</param>
    /// <returns>The definition with its slug.</returns>
    internal static SourcedForm Of(FormLoadResult result, string origin, Func<string?> json, string fallbackSlug) =>
        new(result.Form?.Slug ?? SlugIn(json()) ?? fallbackSlug, origin, result);

    private static string? SlugIn(string? json)
    {
        try
        {
            return json is not null && JsonNode.Parse(json)?["slug"] is JsonValue value && value.TryGetValue<string>(out var slug) && slug.Length > 0 ? slug : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
