using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record FileAnswer
{
    /// <inheritdoc />
    /// <remarks>With <see cref="MaxFiles"/> over 1 this reads as <see cref="ReadList"/> does with no file uploaded before.</remarks>
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        if (MaxFiles > 1)
        {
            return ReadList(question, form, null);
        }

        var file = Chosen(form, question.Name);
        if (file is null)
        {
            return question.Required ? Posted.Fail(question.Name, Messages.For(question, "required", "File.Required")) : new AnswerResult(null, []);
        }

        return ReadOne(question, file);
    }

    /// <summary>The file chosen in the input called <paramref name="name"/>, or null when none was.</summary>
    private static IFormFile? Chosen(IFormCollection form, string name) =>
        form.Files.GetFile(name) is { } file && (file.Length > 0 || !string.IsNullOrEmpty(file.FileName)) ? file : null;

    /// <summary>Checks one chosen file: not empty, within the size limit, of an accepted kind by its content.</summary>
    private AnswerResult ReadOne(AnswerQuestion question, IFormFile file)
    {
        if (file.Length == 0)
        {
            return Posted.Fail(question.Name, Messages.For(question, "empty", "File.Empty"));
        }

        if (file.Length > MaxBytes)
        {
            return Posted.Fail(question.Name, Messages.For(question, "maxSize", "File.TooBig", Size(MaxBytes)));
        }

        var kind = Sniff(file);
        if (kind is null || !AllowedKinds.Contains(kind.Value))
        {
            return Posted.Fail(question.Name, Messages.For(question, "fileType", "File.WrongType", KindList()));
        }

        var name = Cleaned.Line(Path.GetFileName(file.FileName.Replace('\\', '/')), 1_000);
        var value = new JsonObject
        {
            ["name"] = name.Problem is null && name.Text.Length > 0 ? name.Text : "upload" + FileSniffer.Extension(kind.Value),
            ["size"] = file.Length,
            ["contentType"] = FileSniffer.ContentType(kind.Value),
        };
        return new AnswerResult(value, []) { Files = [file] };
    }

    private static FileKind? Sniff(IFormFile file)
    {
        using var content = file.OpenReadStream();
        if (content.CanSeek)
        {
            return FileSniffer.Detect(content);
        }

        using var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return FileSniffer.Detect(copy);
    }

    /// <summary>The allowed kinds as a list people read: "PDF, PNG or JPG".</summary>
    private string KindList()
    {
        var names = AllowedKinds.Distinct().Select(k => FileSniffer.Extension(k)[1..].ToUpperInvariant()).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => AnswerText.Format("List.Or", string.Join(", ", names[..^1]), names[^1]),
        };
    }

    /// <summary>A size as people read it: "10MB", "500KB".</summary>
    internal static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024m * 1024m)).ToString("#,0.#", CultureInfo.CurrentCulture) + "MB"
        : Math.Max(1, bytes / 1024m).ToString("#,0", CultureInfo.CurrentCulture) + "KB";

    /// <inheritdoc />
    /// <remarks>
    /// A browser cannot be given a file back, so after a post with errors the file the citizen has
    /// already uploaded (<see cref="AnswerState.Value"/>) is still named: "You uploaded form.pdf".
    /// </remarks>
    public override RenderFragment Render(AnswerQuestion question, AnswerState state)
    {
        if (MaxFiles > 1)
        {
            return RenderList(question, state);
        }

        var current = state.Value?["name"]?.GetValue<string>() is { } name ? AnswerText.Format("File.Current", name) : null;
        var hint = string.Join(' ', new[] { question.Hint, current }.Where(text => !string.IsNullOrWhiteSpace(text)));
        return View.Component<FileUpload>(new Dictionary<string, object?>
        {
            [nameof(FileUpload.Name)] = question.Name,
            [nameof(FileUpload.Label)] = View.Label(question),
            [nameof(FileUpload.Hint)] = View.Hint(hint),
            [nameof(FileUpload.ErrorMessage)] = View.ErrorFor(state, question.Name),
            ["accept"] = Accept,
        });
    }

    /// <summary>The <c>accept</c> attribute of the input: each allowed kind's extension and media type.</summary>
    private string Accept => string.Join(',', AllowedKinds.Distinct().Select(k => FileSniffer.Extension(k) + "," + FileSniffer.ContentType(k)));

    /// <inheritdoc />
    /// <remarks>Several files are described one name a line.</remarks>
    public override string Describe(JsonNode value) => value is JsonArray files
        ? string.Join('\n', files.Select(file => file?["name"]?.GetValue<string>()).OfType<string>())
        : value["name"]?.GetValue<string>() ?? "";
}
