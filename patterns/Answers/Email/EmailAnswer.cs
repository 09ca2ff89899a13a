namespace GovDesign.Patterns.Answers;

/// <summary>
/// An email address. It is trimmed and its domain lower-cased; a likely typo in a common domain
/// ("gmial.com") is pointed out once, with a suggestion, and accepted if it is sent again unchanged.
/// </summary>
public sealed partial record EmailAnswer : AnswerType
{
    /// <summary>Whether to suggest a correction for common domain typos; true by default.</summary>
    public bool SuggestCorrections { get; init; } = true;

    /// <summary>The most characters allowed; 254 by default, as the standards allow.</summary>
    public int MaxLength { get; init; } = 254;

    /// <summary>
    /// The input's <c>autocomplete</c> token, so browsers can fill in the citizen's address;
    /// <c>email</c> by default, or for example <c>work email</c> for an address at work.
    /// </summary>
    public string Autocomplete { get; init; } = "email";
}
