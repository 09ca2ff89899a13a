namespace GovDesign.Forms.Loading;

/// <summary>What a question's label says about how to name its answer in error messages.</summary>
internal static class QuestionLabels
{
    /// <summary>
    /// Whether the label is asked as a question ("What is your date of birth?", also with a note after it,
    /// like "... number? (optional)"), so it cannot stand in for the answer's name in "Enter {0}".
    /// </summary>
    public static bool IsAskedAsQuestion(string label)
    {
        var text = WithoutTrailingNote(label);
        return text.EndsWith('?') || text.EndsWith('？');
    }

    /// <summary>The label without a trailing note in brackets, like " (optional)", and without surrounding spaces.</summary>
    public static string WithoutTrailingNote(string label)
    {
        var text = label.Trim();
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return text.EndsWith(')') && open > 0 ? text[..open].TrimEnd() : text;
    }
}
