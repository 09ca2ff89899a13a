using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Loading;

/// <summary>Whether a question's error messages have a name for its answer.</summary>
internal sealed partial class DefinitionBuilder
{
    /// <summary>
    /// Warns when a question asked as a question ("What is your date of birth?") has no subject and
    /// can show a default error message that would have to name its answer: "Enter your answer".
    /// A question whose every such message is the form's own, or that cannot show one (optional, with
    /// no limits), needs none.
    /// </summary>
    private void CheckSubject(Question question)
    {
        if (question.Subject is not null || !LabelTexts(question.Label).Any(QuestionLabels.IsAskedAsQuestion))
        {
            return;
        }

        var kind = question.Kind;
        var shown = kind.SubjectRules(question)
            .Where(rule => (rule != "required" || !question.Optional) && !(kind.MessageKeys.ContainsKey(rule) && question.Messages.ContainsKey(rule)))
            .ToList();
        if (shown.Count == 0)
        {
            return;
        }

        var replaceable = shown.Where(kind.MessageKeys.ContainsKey).ToList();
        var instead = replaceable.Count == shown.Count ? $", or give your own 'messages' for {string.Join(" and ", replaceable)}" : "";
        diagnostics.Warning("question.subject", question.Pointer + "/label", $"The question \"{question.Name}\" ({question.Pointer}) is asked as a question, and questions asked as a question need a 'subject' for their error messages, such as \"your date of birth\"; without one the citizen reads \"your answer\" in them, like \"Enter your answer\". Add a 'subject'{instead}.");
    }

    private static IEnumerable<string> LabelTexts(LocalText label) => label.ByLanguage.Count == 0 ? [label.ToString()] : label.ByLanguage.Values;
}
