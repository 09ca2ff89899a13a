using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>Summary pages part-way: the sections they show, and what they cannot be.</summary>
internal sealed partial class DefinitionBuilder
{
    private SummarySettings? ReadSummary(JsonObject page, string path, string pointer)
    {
        if (page["summary"] is not JsonObject summary)
        {
            return null;
        }

        var at = pointer + "/summary";
        if (Arr(page["questions"]).Count > 0 || page.ContainsKey("repeat") || Bool(page["exit"]))
        {
            diagnostics.Error("summary.withQuestions", at, $"The summary page \"{path}\" shows answers given on other pages, so it cannot have questions, repeat or exit. Put the questions on a page of their own.");
        }

        var sections = new List<Section>();
        foreach (var (item, itemPointer) in Items(summary["sections"], at + "/sections"))
        {
            if (Str(item) is not { } id)
            {
                continue;
            }

            if (!_sections.TryGetValue(id, out var section))
            {
                diagnostics.Error("reference.section", itemPointer, $"No section has the id \"{id}\".{Suggestions.For(id, _sections.Keys)}");
            }
            else if (!sections.Contains(section))
            {
                sections.Add(section);
            }
        }

        if (Arr(summary["sections"]).Count == 0)
        {
            var hint = _sections.Count == 0
                ? " The form has no sections yet: list them in \"sections\" and give each page its \"section\"."
                : $" This form's sections are {string.Join(", ", _sections.Keys.Select(k => $"\"{k}\""))}.";
            diagnostics.Error("summary.noSections", summary.ContainsKey("sections") ? at + "/sections" : at,
                $"The summary page \"{path}\" names no sections, so it would show nothing: list the ids of the sections whose answers it shows, like \"sections\": [\"about-you\"].{hint}");
        }

        return new SummarySettings(sections);
    }

    /// <summary>Warns about a section a summary page names when none of its questions comes before the summary, so it would show nothing of it.</summary>
    private void CheckSummaryOrder(List<PageDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Summary is not null))
        {
            foreach (var (item, itemPointer) in Items((draft.Json["summary"] as JsonObject)?["sections"], draft.Pointer + "/summary/sections"))
            {
                if (Str(item) is { } id && _sections.ContainsKey(id)
                    && !drafts.Any(d => d.Index < draft.Index && d.Section?.Id == id && d.Questions.Count > 0))
                {
                    diagnostics.Warning("summary.nothingBefore", itemPointer, $"No question of the section \"{id}\" comes before the summary page \"{draft.Path}\" in the page order, so it would show none of that section's answers. Move the summary page after the section's pages, or name another section.");
                }
            }
        }
    }
}
