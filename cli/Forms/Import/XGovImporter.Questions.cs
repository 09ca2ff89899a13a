using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;

namespace GovDesign.Cli.Forms.Import;

/// <summary>Input components as GovDesign questions: the answer kind, label, hint, subject, settings and messages.</summary>
internal sealed partial class XGovImporter
{
    /// <summary>XGov component type: GovDesign answer kind, and what a person should know when it is only close.</summary>
    private static readonly Dictionary<string, (string Kind, string? Approximation)> Kinds = new(StringComparer.Ordinal)
    {
        ["TextField"] = ("text", null),
        ["MultilineTextField"] = ("longText", null),
        ["NumberField"] = ("number", null),
        ["DatePartsField"] = ("date", null),
        ["DateField"] = ("date", null),
        ["MonthYearField"] = ("date", null),
        ["DateTimeField"] = ("date", "GovDesign has no date-and-time question: the date is asked, the time is not."),
        ["DateTimePartsField"] = ("date", "GovDesign has no date-and-time question: the date is asked, the time is not."),
        ["TimeField"] = ("time", null),
        ["YesNoField"] = ("yesNo", null),
        ["RadiosField"] = ("singleChoice", null),
        ["SelectField"] = ("singleChoice", null),
        ["AutocompleteField"] = ("singleChoice", "Shown as a select (dropdown): GovDesign has no autocomplete, which narrows the list as people type."),
        ["CheckboxesField"] = ("multipleChoice", null),
        ["EmailAddressField"] = ("email", null),
        ["TelephoneNumberField"] = ("phone", null),
        ["UkAddressField"] = ("ukAddress", null),
        ["FileUploadField"] = ("file", null),
        ["ClientSideFileUploadField"] = ("file", null),
        ["WebsiteField"] = ("text", "Asked as text: GovDesign has no website address question."),
        ["FreeTextField"] = ("longText", "Asked as plain long text: GovDesign has no rich text editor."),
    };

    /// <summary>The question for an input component; <paramref name="revealed"/> when it is revealed under an option, where it cannot reveal questions itself.</summary>
    private SourceQuestion? MapQuestion(JsonObject component, string type, string pointer, SourcePage page, bool revealed = false)
    {
        if (!Kinds.TryGetValue(type, out var mapping))
        {
            page.Notes.Dropped(pointer, $"component {type}", $"GovDesign has no question like XGov's {type}.");
            return null;
        }

        var sourceName = Str(component["name"]) ?? "";
        var options = component["options"] as JsonObject ?? [];
        var kind = mapping.Kind;
        if (kind == "number" && Str(options["prefix"]) is "£" or "€" or "$")
        {
            kind = "money";
        }

        JsonArray? choices = null;
        if (kind is "singleChoice" or "multipleChoice")
        {
            choices = Options(component, pointer, page, multiple: kind == "multipleChoice");
            if (choices is null)
            {
                page.Notes.Approximated(pointer, $"component {type} without a list", "Its list is missing or empty, so it is asked as text.");
                kind = "text";
            }
        }

        var label = Label(component, pointer, page);
        var name = _questionNames.Unique(Names.IsGenerated(sourceName) || sourceName.Length == 0 ? label : sourceName, "question");
        var json = new JsonObject { ["name"] = name, ["type"] = kind, ["label"] = label };
        if (Str(component["hint"]) is { } hintHtml && HtmlToMarkdown.PlainText(hintHtml) is { Length: > 0 } hint)
        {
            json["hint"] = hint;
            if (HtmlToMarkdown.HasTags(hintHtml))
            {
                page.Notes.Approximated(pointer + "/hint", "hint with HTML", "The hint's HTML is written as plain text: a GovDesign hint is text (links and formatting are lost).");
            }
        }

        json["subject"] = Subjects.For(label, kind, Str(options["summaryTitle"]));
        if (options["required"] is JsonValue required && required.TryGetValue<bool>(out var isRequired) && !isRequired)
        {
            json["optional"] = true;
        }

        var settings = new QuestionSettings(component, json, pointer, page.Notes) { CountyLine = IsFormsEnginePlugin || component.ContainsKey("shortDescription"), OnAddAnother = page.Repeats };
        settings.Write(type, kind);
        if (choices is not null)
        {
            json["options"] = choices;
            if (kind == "singleChoice" && json["display"] is null && choices.Count > new GovDesign.Patterns.Answers.SingleChoiceAnswer().SelectThreshold)
            {
                // GovDesign shows a select above 10 options; XGov's radios stay radios.
                json["display"] = "radios";
            }
        }

        settings.WriteMessages(AnswerKinds.Get(kind).MessageKeys.Keys.ToHashSet(StringComparer.Ordinal));
        var question = new SourceQuestion { SourceName = sourceName, Pointer = pointer, Json = json, Page = page };
        if (choices is not null)
        {
            Reveal(component, pointer, question, revealed);
        }

        if (kind == "text" && mapping.Kind != "text")
        {
            return question;
        }

        if (mapping.Approximation is { } approximation)
        {
            page.Notes.Approximated(pointer, $"component {type}", $"\"{sourceName}\" is the {kind} question \"{name}\". {approximation}");
        }
        else
        {
            page.Notes.Mapped(pointer, $"component {type}", $"\"{sourceName}\" is the {kind} question \"{name}\".");
        }

        return question;
    }

    /// <summary>Whether the source is in the format of DEFRA's forms-engine-plugin (it says its <c>engine</c> or <c>schema</c> version), whose UK address has a county line.</summary>
    private bool IsFormsEnginePlugin => _source.ContainsKey("engine") || _source["schema"] is JsonValue;

    private static string Label(JsonObject component, string pointer, SourcePage page)
    {
        var label = HtmlToMarkdown.PlainText(Str(component["title"]) ?? "");
        if (label.Length > 0)
        {
            return label;
        }

        var fallback = Str(At(component["options"], "summaryTitle")) is { Length: > 0 } summary ? summary
            : Names.Kebab(Str(component["name"])).Replace('-', ' ') is { Length: > 0 } words ? char.ToUpperInvariant(words[0]) + words[1..]
            : "Your answer";
        page.Notes.Approximated(pointer + "/title", "question without a title", $"The question has no title; its label is \"{fallback}\".");
        return fallback;
    }
}
