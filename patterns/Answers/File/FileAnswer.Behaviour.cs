using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record FileAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var file = form.Files.GetFile(question.Name);
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return question.Required ? Posted.Fail(question.Name, Messages.For(question, "required", "File.Required")) : new AnswerResult(null, []);
        }

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
        var current = state.Value?["name"]?.GetValue<string>() is { } name ? AnswerText.Format("File.Current", name) : null;
        var hint = string.Join(' ', new[] { question.Hint, current }.Where(text => !string.IsNullOrWhiteSpace(text)));
        return View.Component<FileUpload>(new Dictionary<string, object?>
        {
            [nameof(FileUpload.Name)] = question.Name,
            [nameof(FileUpload.Label)] = View.Label(question),
            [nameof(FileUpload.Hint)] = View.Hint(hint),
            [nameof(FileUpload.ErrorMessage)] = View.ErrorFor(state, question.Name),
            ["accept"] = string.Join(',', AllowedKinds.Distinct().Select(k => FileSniffer.Extension(k) + "," + FileSniffer.ContentType(k))),
        });
    }

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value["name"]?.GetValue<string>() ?? "";
}
