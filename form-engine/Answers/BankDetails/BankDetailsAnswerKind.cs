using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>bankDetails</c> question.</summary>
public sealed record BankDetailsSettings : AnswerSettings
{
    /// <summary>How the account is identified: <c>uk</c> (the default), a sort code and account number; or <c>iban</c>, an international bank account number.</summary>
    public BankAccountKind Account { get; init; } = new BankDetailsAnswer().Kind;

    /// <summary>For a UK account: whether to ask for a building society roll number (optional for the citizen). Asked when not given; only for a UK account.</summary>
    public bool? RollNumber { get; init; }

    /// <summary>The most characters allowed in the name on the account. Message key <c>maxLength</c>.</summary>
    public int MaxNameLength { get; init; } = new BankDetailsAnswer().MaxNameLength;
}

/// <summary>The account a service pays money into: the name on it, and a UK sort code and account number or an IBAN.</summary>
internal sealed class BankDetailsAnswerKind : AnswerKind<BankDetailsSettings>
{
    public override string Name => "bankDetails";

    /// <summary>Personal and financial: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(BankDetailsAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(
        Same("accountNameRequired"), Same("maxLength"), Same("sortCodeRequired"), Same("sortCodeFormat"), Same("accountNumberRequired"),
        Same("accountNumberFormat"), Same("rollNumberFormat"), Same("ibanRequired"), Same("ibanFormat"), Same("ibanChecksum"));

    protected override Comparison ComparedAs(BankDetailsSettings settings) => new(AnswerShape.Nothing);

    /// <summary>Only the name's length: every other message names its own box ("Enter a sort code").</summary>
    internal override IEnumerable<string> SubjectRules(Question question, BankDetailsSettings settings) => ["maxLength"];

    protected override AnswerType Create(AnswerContext question, BankDetailsSettings s) => new BankDetailsAnswer
    {
        Kind = s.Account,
        AskRollNumber = s.RollNumber ?? new BankDetailsAnswer().AskRollNumber,
        MaxNameLength = s.MaxNameLength,
    };

    internal override void CheckSettings(BankDetailsSettings s, SettingsCheck check)
    {
        if (s.RollNumber is not null && s.Account == BankAccountKind.Iban)
        {
            check.Error("question.rollNumber", "/rollNumber", "A roll number is asked only for a UK account (\"account\": \"uk\"): an IBAN already identifies a building society account. Remove \"rollNumber\".");
        }
    }

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, BankDetailsSettings s, DateOnly today) => s.Account == BankAccountKind.Iban
        ? [new([(question.Name + "-account-name", "Sam Jones"), (question.Name + "-iban", "GB82 WEST 1234 5698 7654 32")], null)]
        : [new([(question.Name + "-account-name", "Sam Jones"), (question.Name + "-sort-code", "20 00 00"), (question.Name + "-account-number", "55779911")], null)];

    protected override SampleAnswer? InvalidSample(Question question, BankDetailsSettings s) => s.Account == BankAccountKind.Iban
        ? new([(question.Name + "-account-name", "Sam Jones"), (question.Name + "-iban", "GB00 WEST 1234 5698 7654 32")], null)
        : new([(question.Name + "-account-name", "Sam Jones"), (question.Name + "-sort-code", "20 00"), (question.Name + "-account-number", "55779911")], null);
}
