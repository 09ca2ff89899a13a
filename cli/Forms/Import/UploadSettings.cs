using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// The options of XGov's ClientSideFileUploadField (a drag-and-drop area that takes several files) as the
/// settings of a GovDesign file question: how many files (<c>maxFiles</c>), how big each may be
/// (<c>maxSizeMb</c>), which types (<c>accept</c>), and whether any is needed at all. XGov asks for a file
/// only when <c>minimumRequiredFiles</c> is more than 0, whatever <c>required</c> says.
/// </summary>
internal sealed class UploadSettings(JsonObject question, string pointer, ImportReport notes)
{
    /// <summary>File name endings a drop area may list beside media types, and the media type each stands for.</summary>
    private static readonly Dictionary<string, string> Endings = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".odt"] = "application/vnd.oasis.opendocument.text",
    };

    /// <summary>Whether the question is on an add-another page, where GovDesign takes one file a question.</summary>
    public bool OnAddAnother { get; init; }

    public void Write(JsonObject options)
    {
        var drop = options["dropzoneConfig"] as JsonObject ?? [];
        Count(drop["maxFiles"]);
        Size(drop["maxFilesize"]);
        Types(XGovImporter.Str(drop["acceptedFiles"]));
        Needed(options["minimumRequiredFiles"]);
        if (options["totalOverallFilesize"] is not null)
        {
            notes.Approximated(pointer + "/options/totalOverallFilesize", "total size of files", "GovDesign limits the size of each file (\"maxSizeMb\"), not of all of them together, so the total is not checked.");
        }
    }

    private void Count(JsonNode? node)
    {
        if (Whole(node) is not { } most || most < 1)
        {
            notes.Approximated(pointer + "/options/dropzoneConfig", "number of files", "The drop area does not say how many files it takes as a whole number from 1, so one file is asked for.");
            return;
        }

        if (most == 1)
        {
            notes.Mapped(pointer + "/options/dropzoneConfig/maxFiles", "number of files", "One file, as in XGov.");
        }
        else if (OnAddAnother)
        {
            notes.Approximated(pointer + "/options/dropzoneConfig/maxFiles", "number of files", $"XGov takes up to {most} files; on an add-another page GovDesign takes one file a question, so one file is asked for each item.");
        }
        else
        {
            question["maxFiles"] = most;
            notes.Mapped(pointer + "/options/dropzoneConfig/maxFiles", "number of files", $"Up to {most} files (\"maxFiles\"), uploaded one at a time on the same page, each with a Remove button, without JavaScript.");
        }
    }

    private void Size(JsonNode? node)
    {
        if (node is null)
        {
            return;
        }

        if (Number(node) is not { } megabytes || megabytes <= 0 || megabytes > 10_000)
        {
            notes.Dropped(pointer + "/options/dropzoneConfig/maxFilesize", "file size", $"\"{node.ToJsonString()}\" is not a size in megabytes, so GovDesign's own limit (2 MB a file) is used.");
            return;
        }

        var whole = (int)Math.Ceiling(megabytes);
        question["maxSizeMb"] = whole;
        if (whole == megabytes)
        {
            notes.Mapped(pointer + "/options/dropzoneConfig/maxFilesize", "file size", $"Each file up to {whole} MB (\"maxSizeMb\").");
        }
        else
        {
            notes.Approximated(pointer + "/options/dropzoneConfig/maxFilesize", "file size", $"XGov takes files up to {megabytes.ToString(CultureInfo.InvariantCulture)} MB; GovDesign's limit is in whole megabytes, so each file may be up to {whole} MB.");
        }
    }

    private void Types(string? list)
    {
        if (list is null)
        {
            return;
        }

        var asked = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var type in asked)
        {
            var media = Endings.TryGetValue(type, out var byEnding) ? byEnding : type;
            if (FileAnswer.KindFor(media) is { } kind)
            {
                known.Add(FileAnswer.ContentTypeOf(kind));
            }
            else
            {
                unknown.Add(type);
            }
        }

        known = [.. known.Distinct(StringComparer.Ordinal)];
        var at = pointer + "/options/dropzoneConfig/acceptedFiles";
        if (known.Count == 0)
        {
            notes.Approximated(at, "file types", $"GovDesign recognises a file by its content and can check none of \"{list}\", so it takes its own default types: PDF, PNG and JPEG.");
            return;
        }

        question["accept"] = new JsonArray([.. known.Select(t => (JsonNode)t)]);
        if (unknown.Count == 0)
        {
            notes.Mapped(at, "file types", $"The types accepted (\"accept\"): {string.Join(", ", known)}.");
        }
        else
        {
            notes.Approximated(at, "file types", $"GovDesign recognises a file by its content, not its name, so it accepts {string.Join(", ", known)} but not {string.Join(", ", unknown)}: ask for one of those types in the hint, or take files of the others another way.");
        }
    }

    private void Needed(JsonNode? node)
    {
        var least = Whole(node) ?? 0;
        if (least <= 0)
        {
            question["optional"] = true;
            notes.Mapped(pointer + "/options/minimumRequiredFiles", "files needed", "No file is needed (XGov's \"minimumRequiredFiles\" is 0 or not given), so the question is optional.");
            return;
        }

        question.Remove("optional");
        if (least == 1)
        {
            notes.Mapped(pointer + "/options/minimumRequiredFiles", "files needed", "At least one file is needed, as in XGov.");
        }
        else
        {
            notes.Approximated(pointer + "/options/minimumRequiredFiles", "files needed", $"XGov needs at least {least} files; GovDesign needs at least one, so say in the hint how many are needed.");
        }
    }

    private static int? Whole(JsonNode? node) => Number(node) is { } n && n == decimal.Truncate(n) && Math.Abs(n) < 1_000_000 ? (int)n : null;

    private static decimal? Number(JsonNode? node) => node is JsonValue value && (value.TryGetValue<decimal>(out var number)
        || value.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)) ? number : null;
}
