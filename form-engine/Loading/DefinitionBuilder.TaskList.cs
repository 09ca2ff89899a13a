using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>The task list layout: sections as tasks, what each requires, and what a task list form cannot have.</summary>
internal sealed partial class DefinitionBuilder
{
    /// <summary>The path of the task list page in a task list form.</summary>
    internal const string TasksPath = "tasks";

    private FormLayout ReadLayout(List<PageDraft> drafts)
    {
        var layout = Str(root["layout"]) == "taskList" ? FormLayout.TaskList : FormLayout.Pages;
        if (layout != FormLayout.TaskList)
        {
            foreach (var (item, pointer) in Items(root["sections"], "/sections"))
            {
                if (item is JsonObject section && section.ContainsKey("requires"))
                {
                    diagnostics.Warning("section.requiresWithoutTaskList", pointer + "/requires", "Only a task list form (\"layout\": \"taskList\") uses requires: this form shows its pages one after another, so it has no effect. Remove it, or make the form a task list.", atKey: true);
                }
            }

            return layout;
        }

        if (_sections.Count == 0)
        {
            diagnostics.Error("taskList.noSections", "/layout", "A task list form shows each section as a task, so it needs sections: list them in \"sections\" and give each page its \"section\".");
            return layout;
        }

        foreach (var draft in drafts)
        {
            if (draft.Section is null && !draft.Json.ContainsKey("section"))
            {
                diagnostics.Error("taskList.pageWithoutSection", draft.Pointer, $"The page \"{draft.Path}\" belongs to no section. In a task list form every page is part of a task: give it a \"section\".");
            }

            if (draft.Path == TasksPath)
            {
                diagnostics.Error("page.reservedPath", draft.Pointer + "/path", $"In a task list form the path \"{TasksPath}\" is the task list itself; choose another.");
            }

            CheckNextStaysInSection(draft, drafts);
        }

        foreach (var (item, pointer) in Items(root["sections"], "/sections"))
        {
            if (Str(item?["id"]) is { } id && !drafts.Any(d => d.Section?.Id == id))
            {
                diagnostics.Error("taskList.emptySection", pointer, $"The section \"{id}\" has no pages, so its task would have nothing to ask. Give some pages \"section\": \"{id}\", or remove it.");
            }
        }

        return layout;
    }

    private void CheckNextStaysInSection(PageDraft draft, List<PageDraft> drafts)
    {
        foreach (var (rule, pointer) in Items(draft.Json["next"], draft.Pointer + "/next"))
        {
            if (Str(rule?["to"]) is { } to && drafts.Find(d => d.Path == to) is { } target && draft.Section is { } section && target.Section?.Id != section.Id)
            {
                diagnostics.Error("taskList.nextLeavesSection", pointer + "/to", $"In a task list form a task's pages lead only to pages of the same task: \"{to}\" is {(target.Section is null ? "in no section" : $"in the section \"{target.Section.Id}\"")}, not \"{section.Id}\". To end the task, go to \"check-answers\".");
            }
        }
    }

    /// <summary>Reads each section's <c>requires</c>, once every section id is known; each loop is reported once, at the requirement that closes it.</summary>
    private void ReadRequires()
    {
        var pointers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, pointer) in Items(root["sections"], "/sections"))
        {
            if (Str(item?["id"]) is not { } id || !_sections.TryGetValue(id, out var section) || !pointers.TryAdd(id, pointer))
            {
                continue;
            }

            var requires = new List<string>();
            foreach (var (required, requiredPointer) in Items(item?["requires"], pointer + "/requires"))
            {
                if (Str(required) is not { } other)
                {
                    continue;
                }

                if (!_sections.ContainsKey(other))
                {
                    diagnostics.Error("reference.section", requiredPointer, $"No section has the id \"{other}\".{Suggestions.For(other, _sections.Keys)}");
                }
                else if (!requires.Contains(other))
                {
                    requires.Add(other);
                }
            }

            _sections[id] = section with { Requires = requires };
        }

        ReportRequiresLoops(pointers);
    }

    private void ReportRequiresLoops(Dictionary<string, string> pointers)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in _sections.Keys)
        {
            var trail = new List<string>();
            Visit(start, trail);
        }

        void Visit(string id, List<string> trail)
        {
            if (done.Contains(id))
            {
                return;
            }

            trail.Add(id);
            var requires = _sections[id].Requires;
            for (var i = 0; i < requires.Count; i++)
            {
                var other = requires[i];
                var at = trail.IndexOf(other);
                if (at >= 0)
                {
                    var loop = string.Join(" requires ", trail.Skip(at).Append(other).Select(s => $"\"{s}\""));
                    diagnostics.Error("section.requiresLoop", $"{pointers[id]}/requires/{RequiresIndex(id, other)}", $"These sections wait for each other, so none of them could ever start: {loop}. Remove one of these requirements.");
                }
                else
                {
                    Visit(other, trail);
                }
            }

            trail.RemoveAt(trail.Count - 1);
            done.Add(id);
        }
    }

    /// <summary>Where <paramref name="other"/> is in the section's requires as written (duplicates and unknown ids included).</summary>
    private int RequiresIndex(string id, string other)
    {
        foreach (var (item, _) in Items(root["sections"], "/sections"))
        {
            if (Str(item?["id"]) == id)
            {
                return Arr(item?["requires"]).Select(Str).ToList().IndexOf(other);
            }
        }

        return 0;
    }
}
