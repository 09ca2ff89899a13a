namespace GovDesign.Forms.Answers;

/// <summary>
/// The registry of answer kinds: every <c>type</c> a question may have. Adding a kind is a folder
/// under form-engine/Answers with its <see cref="AnswerKind"/>, a line here, and its entry in the form
/// schema (a test holds the schema and this list to each other).
/// </summary>
public static class AnswerKinds
{
    /// <summary>Every kind, in the order the form schema lists them.</summary>
    public static IReadOnlyList<AnswerKind> All { get; } =
    [
        new TextAnswerKind(),
        new LongTextAnswerKind(),
        new NumberAnswerKind(),
        new MoneyAnswerKind(),
        new DateAnswerKind(),
        new TimeAnswerKind(),
        new NameAnswerKind(),
        new EmailAnswerKind(),
        new PhoneAnswerKind(),
        new UkAddressAnswerKind(),
        new InternationalAddressAnswerKind(),
        new NationalIdAnswerKind(),
        new BankDetailsAnswerKind(),
        new YesNoAnswerKind(),
        new SingleChoiceAnswerKind(),
        new MultipleChoiceAnswerKind(),
        new FileAnswerKind(),
    ];

    private static readonly Dictionary<string, AnswerKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Finds a kind by its name in JSON.</summary>
    /// <param name="name">The name, like <c>yesNo</c>.</param>
    /// <param name="kind">The kind, when known.</param>
    /// <returns>Whether the name is a known kind.</returns>
    public static bool TryParse(string name, out AnswerKind kind) => ByName.TryGetValue(name, out kind!);

    /// <summary>The kind with this name in JSON.</summary>
    /// <param name="name">The name, like <c>date</c>.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="KeyNotFoundException">No kind has that name.</exception>
    public static AnswerKind Get(string name) => ByName[name];

    /// <summary>The kind whose answer type is <paramref name="answerType"/> (like <c>DateAnswer</c>), or null.</summary>
    /// <param name="answerType">A patterns answer type.</param>
    /// <returns>The kind, or null.</returns>
    public static AnswerKind? ForAnswerType(Type answerType) => All.FirstOrDefault(k => k.AnswerType == answerType);
}
