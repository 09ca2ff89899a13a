using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Loading;

/// <summary>Answers prefilled from the link that opens the form, and answers locked on check answers: where they cannot be used.</summary>
internal sealed partial class DefinitionBuilder
{
    private void CheckPrefillAndLock(Question question)
    {
        if (question.Prefill && !question.Kind.CanPrefill)
        {
            diagnostics.Error("question.prefill", question.Pointer + "/prefill", $"A {question.Kind.Name} question cannot be prefilled from a link: names, contact details, addresses, identity numbers, bank details and files are personal, and a link is kept in browser histories and server logs. Ask the citizen for it, or pass a reference to it instead.");
        }

        if (question.Locked && question.RevealedUnder is { } under)
        {
            diagnostics.Error("question.locked", question.Pointer + "/locked", $"A question revealed under an option cannot be locked on its own: changing \"{under.Question}\" would ask it again. Lock \"{under.Question}\" instead, and this answer goes with it.");
        }
    }

    /// <summary>The items of an add-another page are added one by one; a link cannot prefill them.</summary>
    private void CheckNoPrefillOnRepeat(List<Question> questions)
    {
        foreach (var question in questions.Where(q => q.Prefill))
        {
            diagnostics.Error("question.prefill", question.Pointer + "/prefill", $"The question \"{question.Name}\" is on an add-another page, whose items are added one by one, so a link cannot prefill it. Ask it on a page of its own to prefill it.");
        }
    }
}
