using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// Several files on one question (<see cref="MaxFiles"/> over 1), the GOV.UK multiple file pattern without
/// JavaScript: each post adds at most one file, an "Upload file" button adds it and stays on the page, and
/// each listed file has a Remove button that posts the whole page, so nothing typed elsewhere on it is lost.
/// </summary>
public sealed partial record FileAnswer
{
    /// <summary>The name of the button that uploads the chosen file and stays on the page.</summary>
    /// <param name="question">The question's name.</param>
    /// <returns>The button's name: <c>{question}-upload</c>.</returns>
    public static string UploadField(string question) => question + "-upload";

    /// <summary>The name of the Remove buttons; each one's value is the file's <c>fileId</c> (or, without one, its position from 0).</summary>
    /// <param name="question">The question's name.</param>
    /// <returns>The buttons' name: <c>{question}-remove</c>.</returns>
    public static string RemoveField(string question) => question + "-remove";

    /// <summary>Whether the post asks to upload or remove a file of this question and come back to the page, rather than go on.</summary>
    /// <param name="question">The question's name.</param>
    /// <param name="form">What the browser posted.</param>
    /// <returns>True for an upload or a removal on a question that takes several files.</returns>
    public bool StaysOnPage(string question, IFormCollection form) =>
        MaxFiles > 1 && (form.ContainsKey(UploadField(question)) || form.ContainsKey(RemoveField(question)));

    /// <summary>
    /// Reads a post to a question that takes several files, given those uploaded before: a Remove button takes
    /// its file out of the list (nothing else is checked); otherwise a chosen file is checked as one file is and
    /// added while there is room ("You can upload up to N files" when there is none). With no file chosen, a
    /// required question with none uploaded gets its required message. The value is the list, or null when empty.
    /// </summary>
    /// <param name="question">The question as the page asks it.</param>
    /// <param name="form">What the browser posted.</param>
    /// <param name="uploaded">The files uploaded before, or null for none; not changed.</param>
    /// <returns>The new list (the chosen file last, its upload in <see cref="AnswerResult.Files"/>), or the errors.</returns>
    public AnswerResult ReadList(AnswerQuestion question, IFormCollection form, JsonArray? uploaded)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(form);
        var list = uploaded?.DeepClone().AsArray() ?? [];
        if (Posted.Value(form, RemoveField(question.Name)) is { } remove)
        {
            var at = IndexOf(list, remove);
            if (at >= 0)
            {
                list.RemoveAt(at);
            }

            return new AnswerResult(list.Count == 0 ? null : list, []);
        }

        if (Chosen(form, question.Name) is not { } file)
        {
            return list.Count == 0 && question.Required
                ? Posted.Fail(question.Name, Messages.For(question, "required", "File.Required"))
                : new AnswerResult(list.Count == 0 ? null : list, []);
        }

        if (list.Count >= MaxFiles)
        {
            return Posted.Fail(question.Name, Messages.For(question, "maxFiles", "File.TooMany", Messages.Number(MaxFiles)));
        }

        var one = ReadOne(question, file);
        if (!one.IsValid)
        {
            return one;
        }

        list.Add(one.Value);
        return one with { Value = list };
    }

    /// <summary>The file a Remove button names: by its id, or else by its position.</summary>
    private static int IndexOf(JsonArray list, string remove)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i]?["fileId"] is JsonValue id && id.TryGetValue<string>(out var text) && text == remove)
            {
                return i;
            }
        }

        return int.TryParse(remove, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index < list.Count && list[index]?["fileId"] is null ? index : -1;
    }
}
