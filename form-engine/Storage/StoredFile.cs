using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Storage;

/// <summary>
/// A file a citizen uploaded. The answer that names it is <c>{"name", "size", "contentType", "fileId"}</c>;
/// the content is kept by the store, first with the journey, then with the submission.
/// </summary>
/// <param name="Id">A random id, 32 hexadecimal digits: it cannot be guessed from another.</param>
/// <param name="FormSlug">The form.</param>
/// <param name="SessionId">The journey it was uploaded in.</param>
/// <param name="Name">The file's name as the citizen's device gave it, cleaned.</param>
/// <param name="ContentType">The type its content was checked to be.</param>
/// <param name="Content">The bytes.</param>
public sealed record StoredFile(string Id, string FormSlug, string SessionId, string Name, string ContentType, byte[] Content)
{
    /// <summary>The name of the answer property that holds a file's id.</summary>
    public const string IdProperty = "fileId";

    /// <summary>The reference of the submission the file belongs to, once submitted.</summary>
    public string? SubmissionReference { get; init; }

    /// <summary>Creates a file with a new random id.</summary>
    /// <param name="formSlug">The form.</param>
    /// <param name="sessionId">The journey.</param>
    /// <param name="name">The file's name.</param>
    /// <param name="contentType">Its checked type.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>The file.</returns>
    public static StoredFile Create(string formSlug, string sessionId, string name, string contentType, byte[] content) =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), formSlug, sessionId, name, contentType, content);

    /// <summary>The files a file answer names: the one file, or each of a question that takes several (<c>maxFiles</c>), in order.</summary>
    /// <param name="value">A file question's answer.</param>
    /// <returns>The files' answers (<c>{"name", "size", "contentType", "fileId"}</c>); none for anything else.</returns>
    public static IEnumerable<JsonObject> In(JsonNode? value) => value switch
    {
        JsonObject one => [one],
        JsonArray several => several.OfType<JsonObject>(),
        _ => [],
    };

    /// <summary>The ids of the files that answers name, anywhere in them (add-another items too).</summary>
    /// <param name="answers">Submission data or journey answers.</param>
    /// <returns>The ids, each once.</returns>
    public static IReadOnlySet<string> IdsIn(JsonNode? answers)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Collect(answers, ids);
        return ids;
    }

    private static void Collect(JsonNode? node, HashSet<string> ids)
    {
        switch (node)
        {
            case JsonObject file when file[IdProperty] is JsonValue id && id.TryGetValue<string>(out var text) && file.ContainsKey("contentType"):
                ids.Add(text);
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, ids);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, ids);
                }

                break;
        }
    }
}
