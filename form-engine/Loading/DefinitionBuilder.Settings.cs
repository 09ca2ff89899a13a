using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Patterns.Answers;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>Settings of a question type that the schema allows but the runner could not honour.</summary>
internal sealed partial class DefinitionBuilder
{
    private void CheckSettings(JsonObject json, string pointer)
    {
        foreach (var (item, itemPointer) in Items(json["accept"], pointer + "/accept"))
        {
            if (Str(item) is { } type && FileAnswer.KindFor(type) is null)
            {
                var known = string.Join(", ", Enum.GetValues<FileKind>().Select(kind => FileAnswer.ContentTypeOf(kind)));
                diagnostics.Error("question.accept", itemPointer, $"Files of type \"{type}\" cannot be accepted: an upload is recognised by its content, not its name, and only these types can be told apart: {known}.");
            }
        }

        if (Limit(json["earliest"]) is { } earliest && Limit(json["latest"]) is { } latest
            && earliest.IsRelative == latest.IsRelative && earliest.Resolve(Today) > latest.Resolve(Today))
        {
            diagnostics.Error("question.range", pointer + "/earliest", $"\"earliest\" ({Str(json["earliest"])}) is after \"latest\" ({Str(json["latest"])}), so no date could be accepted.");
        }
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    private static DateValue? Limit(JsonNode? node) => Str(node) is { } text && DateValue.TryParse(text, out var value) ? value : null;
}
