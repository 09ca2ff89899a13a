using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Questions revealed under a radio or checkbox option (an option's <c>conditional</c>), and the places
/// they cannot go: an option list (shared, so their names would repeat), a select (a dropdown has nowhere
/// to show them), an add-another page, another revealed question (GOV.UK advises against nesting) and file
/// questions (an upload under an option the citizen then unchooses would be stored for nothing).
/// </summary>
internal sealed partial class DefinitionBuilder
{
    private IReadOnlyList<Question> ReadConditional(JsonObject option, string optionPointer, RevealedUnder under, string pagePath, bool nested)
    {
        var pointer = optionPointer + "/conditional";
        if (nested)
        {
            diagnostics.Error("option.conditionalNested", pointer, "A revealed question cannot reveal questions of its own: nested reveals are hard to follow and to use with a screen reader. Ask the follow-up on a page of its own, with showIf.", atKey: true);
            return [];
        }

        var revealed = new List<Question>();
        foreach (var (item, itemPointer) in Items(option["conditional"], pointer))
        {
            if (item is not JsonObject json || ReadQuestion(json, itemPointer, pagePath, under) is not { } question)
            {
                continue;
            }

            if (question.Kind is FileAnswerKind)
            {
                diagnostics.Error("option.conditionalFile", itemPointer + "/type", $"A file question cannot be revealed under an option: the file would be uploaded and kept even if the citizen then chose another option. Ask \"{question.Name}\" on a page of its own, with showIf.");
                continue;
            }

            revealed.Add(question);
        }

        return revealed;
    }

    private IReadOnlyList<Question> RefuseConditionalInList(string optionPointer)
    {
        diagnostics.Error("option.conditionalInList", optionPointer + "/conditional", "An option in optionLists cannot reveal questions: the list can be used by several questions, and a question's name must be unique in the form. Give the options in the question itself.", atKey: true);
        return [];
    }

    /// <summary>A select (dropdown) has no place under an option to show revealed questions.</summary>
    private void CheckReveals(Question question)
    {
        if (question.Reveals && SingleChoiceAnswerKind.ShowsSelect(question))
        {
            diagnostics.Error("option.conditionalSelect", ConditionalPointer(question), $"The question \"{question.Name}\" is shown as a select (dropdown), which cannot reveal questions under an option. Show it as radios (\"display\": \"radios\"), or ask the follow-up on a page of its own, with showIf.", atKey: true);
        }
    }

    /// <summary>An add-another page asks its questions once per item; revealed questions are not supported there.</summary>
    private void CheckNoRevealsOnRepeat(List<Question> questions)
    {
        foreach (var question in questions.Where(q => q.Reveals))
        {
            diagnostics.Error("option.conditionalRepeat", ConditionalPointer(question), $"The question \"{question.Name}\" is on an add-another page, where questions cannot be revealed under an option. Ask the follow-up as another question of the page, marked optional, or on a page of its own.", atKey: true);
        }
    }

    /// <summary>The <c>conditional</c> of the question's first option that reveals questions.</summary>
    private static string ConditionalPointer(Question question)
    {
        var first = question.Options.First(o => o.Conditional.Count > 0).Conditional[0].Pointer;
        return first[..first.LastIndexOf('/')];
    }
}
