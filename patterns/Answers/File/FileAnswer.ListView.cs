using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace GovDesign.Patterns.Answers;

/// <summary>How a question that takes several files shows: the input and an "Upload file" button while there is room, then the files uploaded so far.</summary>
public sealed partial record FileAnswer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private RenderFragment RenderList(AnswerQuestion question, AnswerState state) => builder =>
    {
        var files = (state.Value as JsonArray ?? []).OfType<JsonObject>().ToList();
        var room = files.Count < MaxFiles;

        // The first button of a form is the one Enter in a text box presses: it must go on, never remove a file.
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "submit");
        builder.AddAttribute(2, "class", "govuk-visually-hidden");
        builder.AddAttribute(3, "tabindex", "-1");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddContent(5, AnswerText.Get("File.Continue"));
        builder.CloseElement();

        var note = room ? AnswerText.Format("File.UpTo", Messages.Number(MaxFiles)) : AnswerText.Format("File.Full", Messages.Number(MaxFiles));
        var hint = string.Join(' ', new[] { question.Hint, note }.Where(text => !string.IsNullOrWhiteSpace(text)));
        if (room || state.Errors.Count > 0)
        {
            builder.AddContent(10, View.Component<FileUpload>(new Dictionary<string, object?>
            {
                [nameof(FileUpload.Name)] = question.Name,
                [nameof(FileUpload.Label)] = View.Label(question),
                [nameof(FileUpload.Hint)] = View.Hint(hint),
                [nameof(FileUpload.ErrorMessage)] = View.ErrorFor(state, question.Name),
                ["accept"] = Accept,
            }));
            builder.AddContent(11, View.Component<Button>(new Dictionary<string, object?>
            {
                [nameof(Button.Type)] = "submit",
                [nameof(Button.Name)] = UploadField(question.Name),
                [nameof(Button.Value)] = "yes",
                [nameof(Button.Classes)] = "govuk-button--secondary",
                [nameof(Button.Text)] = AnswerText.Get("File.Upload"),
            }));
        }
        else
        {
            builder.OpenElement(20, question.IsPageHeading ? "h1" : "h2");
            builder.AddAttribute(21, "class", question.IsPageHeading ? "govuk-heading-l" : "govuk-heading-m");
            builder.AddMarkupContent(22, View.Label(question).Html);
            builder.CloseElement();
            builder.OpenElement(23, "p");
            builder.AddAttribute(24, "class", "govuk-hint");
            builder.AddContent(25, hint);
            builder.CloseElement();
        }

        if (files.Count > 0)
        {
            builder.OpenElement(30, question.IsPageHeading ? "h2" : "h3");
            builder.AddAttribute(31, "class", question.IsPageHeading ? "govuk-heading-m" : "govuk-heading-s");
            builder.AddContent(32, AnswerText.Get("File.Uploaded"));
            builder.CloseElement();
            builder.OpenElement(33, "dl");
            builder.AddAttribute(34, "class", "govuk-summary-list");
            for (var i = 0; i < files.Count; i++)
            {
                Row(builder, question.Name, files[i], i);
            }

            builder.CloseElement();
        }
    };

    /// <summary>One uploaded file: its name, its size and a Remove button that names it to screen readers.</summary>
    private static void Row(RenderTreeBuilder builder, string question, JsonObject file, int index)
    {
        var name = file["name"]?.GetValue<string>() ?? "";
        var size = file["size"] is JsonValue bytes && long.TryParse(bytes.ToJsonString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length) ? Size(length) : "";
        builder.OpenElement(40, "div");
        builder.AddAttribute(41, "class", "govuk-summary-list__row");
        builder.OpenElement(42, "dt");
        builder.AddAttribute(43, "class", "govuk-summary-list__key");
        builder.AddContent(44, name);
        builder.CloseElement();
        builder.OpenElement(45, "dd");
        builder.AddAttribute(46, "class", "govuk-summary-list__value");
        builder.AddContent(47, size);
        builder.CloseElement();
        builder.OpenElement(48, "dd");
        builder.AddAttribute(49, "class", "govuk-summary-list__actions");
        builder.AddContent(50, View.Component<Button>(new Dictionary<string, object?>
        {
            [nameof(Button.Type)] = "submit",
            [nameof(Button.Name)] = RemoveField(question),
            [nameof(Button.Value)] = file["fileId"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [nameof(Button.Classes)] = "govuk-button--secondary govuk-!-margin-bottom-0",
            [nameof(Button.Html)] = $"{Encoder.Encode(AnswerText.Get("File.Remove"))}<span class=\"govuk-visually-hidden\"> {Encoder.Encode(name)}</span>",
        }));
        builder.CloseElement();
        builder.CloseElement();
    }
}
