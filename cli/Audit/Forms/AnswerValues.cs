using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;

namespace GovDesign.Cli.Audit.Forms;

/// <summary>
/// What the walker types for each question: the sample answers its kind gives (see
/// <see cref="AnswerKind.ValidSamples"/>), read from the question's settings (options, date limits,
/// number ranges, lengths), several where a condition could tell them apart; and one invalid answer
/// where the kind has one.
/// </summary>
internal static class AnswerValues
{
    /// <summary>Valid answers, the plainest first. Never empty.</summary>
    public static IReadOnlyList<SampleAnswer> Valid(Question question, DateOnly today) => question.Kind.ValidSamples(question, today);

    /// <summary>An answer the runner must refuse, or null when the kind has none a browser can send (choices, names).</summary>
    public static SampleAnswer? Invalid(Question question) => question.Kind.InvalidSample(question);
}
