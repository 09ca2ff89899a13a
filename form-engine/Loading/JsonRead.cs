using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Reads values from a JSON tree that may not match its schema (the schema reports that), never
/// throwing: a value of the wrong kind reads as null (or false, or empty). The one reader of loose
/// JSON for the loader and the docs site.
/// </summary>
public static class JsonRead
{
    /// <summary>The text of a JSON string, or null for anything else.</summary>
    /// <param name="node">The node, or null.</param>
    /// <returns>The text, or null.</returns>
    public static string? Str(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Whether the node is JSON <c>true</c>; anything else is false.</summary>
    /// <param name="node">The node, or null.</param>
    /// <returns>True only for <c>true</c>.</returns>
    public static bool Bool(JsonNode? node) => node?.GetValueKind() == JsonValueKind.True;

    /// <summary>A JSON number that is a whole number within <see cref="int"/>'s range (<c>5</c> or <c>5.0</c>), or null.</summary>
    /// <param name="node">The node, or null.</param>
    /// <returns>The number, or null.</returns>
    public static int? Int(JsonNode? node) =>
        Num(node) is { } n && n == decimal.Truncate(n) && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

    /// <summary>A JSON number as a decimal, or null for anything else (or a number too large for a decimal).</summary>
    /// <param name="node">The node, or null.</param>
    /// <returns>The number, or null.</returns>
    public static decimal? Num(JsonNode? node) => Schema.SchemaValidator.Number(node);

    /// <summary>The node as an array, or an empty one.</summary>
    /// <param name="node">The node, or null.</param>
    /// <returns>The array.</returns>
    public static JsonArray Arr(JsonNode? node) => node as JsonArray ?? [];

    /// <summary>The items of an array, each with its JSON pointer; none when the node is not an array.</summary>
    /// <param name="node">The node, or null.</param>
    /// <param name="pointer">The array's own pointer.</param>
    /// <returns>The items and their pointers.</returns>
    public static IEnumerable<(JsonNode? Item, string Pointer)> Items(JsonNode? node, string pointer) =>
        Arr(node).Select((item, i) => (item, $"{pointer}/{i}"));
}
