using System.Text;
using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;

namespace GovDesign.Cli.Forms;

/// <summary>
/// Writes the files citizens uploaded, one folder per submission named by its reference:
/// <c>{reference}/{question}-{file name}</c> (<c>{question}-{n}-{file name}</c> for each of several files on one
/// question), and <c>{reference}/{page}-{n}-{question}-{file name}</c> for an add-another item. Names are reduced to letters, digits, dots, hyphens and underscores.
/// </summary>
internal static class SubmissionFiles
{
    public static async Task<int> WriteAsync(IFormStore store, IReadOnlyList<Submission> submissions, string directory, TextWriter error, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var submission in submissions)
        {
            foreach (var (label, id) in Uploads(submission.Data))
            {
                if (await store.GetFileAsync(id, cancellationToken) is not { } file)
                {
                    error.WriteLine($"{submission.Reference}: the file for {label} is not in the database.");
                    continue;
                }

                var folder = Path.Combine(directory, Safe(submission.Reference));
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, Safe($"{label}-{file.Name}")), file.Content, cancellationToken);
                written++;
            }
        }

        return written;
    }

    private static IEnumerable<(string Label, string Id)> Uploads(JsonObject data)
    {
        foreach (var (name, value) in data["answers"] as JsonObject ?? [])
        {
            foreach (var upload in Files(name, value))
            {
                yield return upload;
            }
        }

        foreach (var (path, items) in data["items"] as JsonObject ?? [])
        {
            var list = items as JsonArray ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var (name, value) in list[i] as JsonObject ?? [])
                {
                    foreach (var upload in Files($"{path}-{i + 1}-{name}", value))
                    {
                        yield return upload;
                    }
                }
            }
        }
    }

    /// <summary>One file as <c>{label}</c>; each of several (<c>maxFiles</c>) numbered, <c>{label}-{n}</c>, so that two of one name do not collide.</summary>
    private static IEnumerable<(string Label, string Id)> Files(string label, JsonNode? value)
    {
        var files = StoredFile.In(value).Where(f => StoredFile.IdsIn(f).Count == 1).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            yield return (value is JsonArray ? $"{label}-{i + 1}" : label, (string)files[i][StoredFile.IdProperty]!);
        }
    }

    private static string Safe(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        var text = safe.ToString().TrimStart('.');
        return text.Length == 0 ? "file" : text[..Math.Min(text.Length, 150)];
    }
}
