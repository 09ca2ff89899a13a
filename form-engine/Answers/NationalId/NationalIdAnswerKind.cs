using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>nationalId</c> question.</summary>
public sealed record NationalIdSettings : AnswerSettings
{
    /// <summary>Which kind of number: <c>ukNationalInsurance</c>, the default and the only scheme a form can name today.</summary>
    public NationalIdKind Scheme { get; init; } = new NationalIdAnswer().Kind;
}

/// <summary>A national identity number.</summary>
internal sealed class NationalIdAnswerKind : AnswerKind<NationalIdSettings>
{
    public override string Name => "nationalId";

    /// <summary>Personal: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(NationalIdAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"), Renamed("nationalId", "format", "checksum"));

    protected override Comparison ComparedAs(NationalIdSettings settings) => new(AnswerShape.Text);

    protected override AnswerType Create(AnswerContext question, NationalIdSettings s) => new NationalIdAnswer { Kind = s.Scheme };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, NationalIdSettings s, DateOnly today) =>
        [SampleAnswer.One(question.Name, "AB 12 34 56 C", "AB123456C")];

    protected override SampleAnswer? InvalidSample(Question question, NationalIdSettings settings) => SampleAnswer.One(question.Name, "123");
}
