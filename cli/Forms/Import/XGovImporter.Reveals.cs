using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// Questions XGov reveals under a radio or checkbox option, written as the option's <c>conditional</c>
/// questions: from <c>options.conditionallyRevealedComponents</c> (keyed by the option's value) or from a
/// list item's <c>children</c>. GovDesign does not reveal questions inside a revealed question, on an
/// add-another page, under a select, or file questions: those are left out or changed, with a note.
/// </summary>
internal sealed partial class XGovImporter
{
    private void Reveal(JsonObject component, string pointer, SourceQuestion question, bool nested)
    {
        var page = question.Page;
        var found = RevealedComponents(component, pointer);
        if (found.Count == 0)
        {
            return;
        }

        if (nested || page.Repeats)
        {
            var why = nested
                ? "GovDesign does not reveal questions under an option of a question that is itself revealed: ask them on a page of their own, with showIf."
                : "GovDesign does not reveal questions on an add-another page: ask them as optional questions of the page, or on a page of their own.";
            foreach (var (_, _, at) in found)
            {
                page.Notes.Dropped(at, "revealed question", why);
            }

            return;
        }

        var options = ((JsonArray)question.Json["options"]!).OfType<JsonObject>().ToList();
        var any = false;
        foreach (var (value, child, at) in found)
        {
            if (options.Find(o => (string?)o["value"] == value) is not { } option)
            {
                page.Notes.Dropped(at, "revealed question", $"No option of \"{question.Name}\" has the value \"{value}\", so there is nothing to reveal it under.");
                continue;
            }

            if (RevealedQuestion(child, at, page) is not { } inner)
            {
                continue;
            }

            if (option["conditional"] is not JsonArray revealed)
            {
                option["conditional"] = revealed = [];
            }

            revealed.Add(inner.Json);
            page.Revealed.Add(inner);
            any = true;
            page.MappedInputs++;
            page.Notes.Mapped(at, "revealed question", $"\"{inner.Name}\" is revealed under the option \"{value}\" of \"{question.Name}\": asked and checked only while that option is chosen.");
        }

        if (any && (string?)question.Json["display"] == "select")
        {
            question.Json["display"] = "radios";
            page.Notes.Approximated(pointer, "select that reveals questions", "A select (dropdown) has nowhere to show questions under an option, so the question is shown as radios.");
        }
    }

    /// <summary>The question for one revealed component, or null (with a note) when GovDesign cannot reveal it.</summary>
    private SourceQuestion? RevealedQuestion(JsonObject child, string at, SourcePage page)
    {
        var type = Str(child["type"]);
        if (type is null || ContentTypes.Contains(type))
        {
            page.Notes.Dropped(at, "content revealed under an option", "GovDesign reveals questions under an option, not content: put the content in the option's hint, or above the question.");
            return null;
        }

        if (type is "FileUploadField" or "ClientSideFileUploadField" or "MultiInputField")
        {
            page.Notes.Dropped(at, $"component {type} revealed under an option", "GovDesign cannot reveal a file upload or a row of repeated fields under an option: ask it on a page of its own, with showIf.");
            return null;
        }

        return MapQuestion(child, type, at, page, revealed: true);
    }

    /// <summary>Each revealed component with the option value it is revealed under and its pointer in the source.</summary>
    private List<(string Value, JsonObject Component, string Pointer)> RevealedComponents(JsonObject component, string pointer)
    {
        var found = new List<(string, JsonObject, string)>();
        if (At(component["options"], "conditionallyRevealedComponents") is JsonObject byValue)
        {
            foreach (var (value, node) in byValue)
            {
                if (node is JsonObject child)
                {
                    found.Add((value, child, $"{pointer}/options/conditionallyRevealedComponents/{value.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}"));
                }
            }
        }

        foreach (var item in ListItems(component).Where(i => i.Children is { Count: > 0 }))
        {
            for (var k = 0; k < item.Children!.Count; k++)
            {
                if (item.Children[k] is JsonObject child)
                {
                    found.Add((item.Value, child, $"{item.Pointer}{item.ChildrenAt}/{k}"));
                }
            }
        }

        return found;
    }

    /// <summary>How many input components a page's choice components reveal under their options.</summary>
    private int CountRevealed(JsonNode? components) => Arr(components).OfType<JsonObject>()
        .Where(c => Str(c["type"]) is "RadiosField" or "CheckboxesField" or "SelectField" or "AutocompleteField")
        .Sum(c => RevealedComponents(c, "").Count(r => Str(r.Component["type"]) is { } type && !ContentTypes.Contains(type)));
}
