using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Loading;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Site.Guidance;

/// <summary>The JSON Schemas a guidance page may write out as reference with <c>schema: &lt;name&gt;</c> in its front matter.</summary>
public static class SchemaReferences
{
    private sealed record Source(Func<string> Text, Func<JsonObject, string?>? Note = null);

    private static readonly Dictionary<string, Source> Schemas = new(StringComparer.OrdinalIgnoreCase)
    {
        // The form definition schema as the form engine embeds and loads it: not a copy. What the
        // schema cannot say (the operators a question kind allows in conditions) comes from the registry.
        ["form"] = new(() => FormLoader.SchemaText, Operators),
    };

    /// <summary>The names a page may give.</summary>
    public static IEnumerable<string> Names => Schemas.Keys.Order(StringComparer.Ordinal);

    /// <summary>The schema's text, or null for an unknown name.</summary>
    public static string? Find(string name) => Schemas.TryGetValue(name, out var source) ? source.Text() : null;

    /// <summary>What the reference adds to a section of the named schema (see <see cref="SchemaReference.Render"/>), or null.</summary>
    public static Func<JsonObject, string?>? NoteFor(string name) => Schemas.TryGetValue(name, out var source) ? source.Note : null;

    /// <summary>For a question kind's section: the condition operators that fit its answers, from the answer kind registry.</summary>
    internal static string? Operators(JsonObject section)
    {
        if (Str(section["properties"]?["type"]?["const"]) is not { } name || !AnswerKinds.TryParse(name, out var kind))
        {
            return null;
        }

        return $"Operators in conditions on its answer: {string.Join(", ", kind.Operators(kind.DefaultSettings))}.";
    }
}
