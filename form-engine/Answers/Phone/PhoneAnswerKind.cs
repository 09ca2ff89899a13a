using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>phone</c> question.</summary>
public sealed record PhoneSettings : AnswerSettings
{
    /// <summary>The ISO 3166-1 country code for numbers given without a country code; GB by default.</summary>
    public string DefaultRegion { get; init; } = new PhoneAnswer().DefaultRegion;
}

/// <summary>A telephone number, saved in international form (E.164).</summary>
internal sealed class PhoneAnswerKind : AnswerKind<PhoneSettings>
{
    public override string Name => "phone";

    public override Type AnswerType => typeof(PhoneAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"), Renamed("phone", "format"));

    protected override Comparison ComparedAs(PhoneSettings settings) => new(AnswerShape.Text);

    protected override AnswerType Create(AnswerContext question, PhoneSettings s) => new PhoneAnswer { DefaultRegion = s.DefaultRegion };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, PhoneSettings s, DateOnly today) => [SampleAnswer.One(question.Name, "07911 123456")];

    protected override SampleAnswer? InvalidSample(Question question, PhoneSettings settings) => SampleAnswer.One(question.Name, "12");
}
