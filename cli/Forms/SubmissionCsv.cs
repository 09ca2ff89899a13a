using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;

namespace GovDesign.Cli.Forms;

/// <summary>
/// Submissions as CSV: one row each, one column per answer. Structured answers are flattened
/// (<c>address.postcode</c>), add-another items numbered (<c>stalls[1].pitch</c>), lists joined with "; ", and
/// several files on one question joined part by part (<c>documents.name</c>: <c>a.pdf; b.png</c>).
/// Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
/// </summary>
internal static class SubmissionCsv
{
    public static string Write(IReadOnlyList<Submission> submissions)
    {
        var rows = submissions.Select(Flatten).ToList();
        var columns = new List<string> { "reference", "submittedAt" };
        var known = columns.ToHashSet(StringComparer.Ordinal);
        foreach (var key in rows.SelectMany(r => r.Keys).Where(known.Add))
        {
            columns.Add(key);
        }

        // An optional file or address left blank is one empty value where other rows have its parts
        // (photo.name, photo.size ...): it needs no column of its own.
        columns.RemoveAll(c => rows.TrueForAll(r => r.GetValueOrDefault(c, "").Length == 0)
            && columns.Exists(other => other.Length > c.Length && other.StartsWith(c, StringComparison.Ordinal) && other[c.Length] is '.' or '['));

        var builder = new StringBuilder();
        builder.AppendJoin(',', columns.Select(Field)).Append("\r\n");
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i]["reference"] = submissions[i].Reference;
            rows[i]["submittedAt"] = submissions[i].SubmittedAt.ToString("O", CultureInfo.InvariantCulture);
            builder.AppendJoin(',', columns.Select(c => Field(rows[i].GetValueOrDefault(c, "")))).Append("\r\n");
        }

        return builder.ToString();
    }

    private static Dictionary<string, string> Flatten(Submission submission)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in submission.Data["answers"] as JsonObject ?? [])
        {
            Add(row, name, value);
        }

        foreach (var (path, items) in submission.Data["items"] as JsonObject ?? [])
        {
            var list = items as JsonArray ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var (name, value) in list[i] as JsonObject ?? [])
                {
                    Add(row, $"{path}[{i + 1}].{name}", value);
                }
            }
        }

        return row;
    }

    private static void Add(Dictionary<string, string> row, string key, JsonNode? value)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var (name, inner) in obj)
                {
                    Add(row, key + "." + name, inner);
                }

                break;
            case JsonArray array when array.Count > 0 && array.All(item => item is JsonObject):
                // Several files on one question: each part of them in one column, the files joined (documents.name: "a.pdf; b.png").
                foreach (var name in array.SelectMany(item => item!.AsObject().Select(p => p.Key)).Distinct(StringComparer.Ordinal))
                {
                    row[key + "." + name] = string.Join("; ", array.Select(item => Scalar(item![name])));
                }

                break;
            case JsonArray array:
                row[key] = string.Join("; ", array.Select(Scalar));
                break;
            default:
                row[key] = Scalar(value);
                break;
        }
    }

    private static string Scalar(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Defuse(v.GetValue<string>()),
        JsonArray or JsonObject => value.ToJsonString(),
        _ => value.ToJsonString(),
    };

    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
