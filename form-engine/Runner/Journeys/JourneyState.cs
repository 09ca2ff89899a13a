using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Runner.Journeys;

/// <summary>
/// Where one citizen is in one form: the answers by question name (an "add another" page keeps a list
/// of entries under its path), the pages they have finished, and the reference once submitted.
/// </summary>
internal sealed class JourneyState
{
    public JsonObject Answers { get; init; } = [];

    public HashSet<string> Completed { get; init; } = new(StringComparer.Ordinal);

    public string? Reference { get; set; }

    public string? Language { get; set; }

    public string ToJson() => new JsonObject
    {
        ["answers"] = Answers.DeepClone(),
        ["completed"] = new JsonArray([.. Completed.Select(c => JsonValue.Create(c))]),
        ["language"] = Language,
    }.ToJsonString();

    /// <summary>Reads state written by <see cref="ToJson"/>; anything unreadable starts afresh.</summary>
    public static JourneyState FromJson(string json, string? reference)
    {
        try
        {
            var node = JsonNode.Parse(json) as JsonObject;
            return new JourneyState
            {
                Answers = node?["answers"] as JsonObject is { } answers ? (JsonObject)answers.DeepClone() : [],
                Completed = new HashSet<string>((node?["completed"] as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? ""), StringComparer.Ordinal),
                Language = node?["language"]?.GetValue<string>(),
                Reference = reference,
            };
        }
        catch (JsonException)
        {
            return new JourneyState { Reference = reference };
        }
    }
}
