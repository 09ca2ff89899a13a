using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Loading;

/// <summary>Reads values from a tree that may not match the schema (the schema reports that), never throwing.</summary>
internal static class JsonRead
{
    public static string? Str(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue<string>(out var s) ? s : null;

    public static bool Bool(JsonNode? node) => node?.GetValueKind() == JsonValueKind.True;

    public static int? Int(JsonNode? node) =>
        Schema.SchemaValidator.Number(node) is { } n && n == decimal.Truncate(n) && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

    public static decimal? Num(JsonNode? node) => Schema.SchemaValidator.Number(node);

    public static JsonArray Arr(JsonNode? node) => node as JsonArray ?? [];

    public static IEnumerable<(JsonNode? Item, string Pointer)> Items(JsonNode? node, string pointer) =>
        Arr(node).Select((item, i) => (item, $"{pointer}/{i}"));
}
