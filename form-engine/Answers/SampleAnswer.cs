using System.Text.Json.Nodes;

namespace GovDesign.Forms.Answers;

/// <summary>What the audit's form walker types for one answer: the fields it fills, and the answer as the runner saves it.</summary>
/// <param name="Fields">Field name and value; a choice field is checked, a select is chosen, a file field gets a file (see <see cref="File"/>).</param>
/// <param name="Saved">The normalised answer the journey sees, or null when the walker does not model it closely (names, addresses).</param>
public sealed record SampleAnswer(IReadOnlyList<(string Name, string Value)> Fields, JsonNode? Saved)
{
    /// <summary>The value of a file field that asks for a small file of an accepted type.</summary>
    public const string File = "\u0001file";

    /// <summary>The value of a file field that asks for a file of a type no question accepts (a text file).</summary>
    public const string TextFile = "\u0001text-file";

    /// <summary>One field named after the question.</summary>
    /// <param name="name">The question's name.</param>
    /// <param name="value">What is typed.</param>
    /// <param name="saved">The answer as saved.</param>
    /// <returns>The sample.</returns>
    public static SampleAnswer One(string name, string value, JsonNode? saved = null) => new([(name, value)], saved);

    /// <summary>What the journey sees: answers not modelled closely count as answered.</summary>
    public JsonNode SavedOrAnswered => Saved?.DeepClone() ?? JsonValue.Create("(answered)");
}
