using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>phone</c> question.</summary>
public sealed record PhoneSettings : AnswerSettings
{
    /// <summary>The ISO 3166-1 country code for numbers given without a country code; GB by default.</summary>
    public string DefaultRegion { get; init; } = new PhoneAnswer().DefaultRegion;

    /// <summary>Whether numbers of other countries are accepted, written with their country code; true by default. Message key <c>international</c>.</summary>
    public bool AllowInternational { get; init; } = new PhoneAnswer().AllowInternational;

    /// <summary>Whether only mobile numbers are accepted, for a service that sends text messages; false by default. Message key <c>mobile</c>.</summary>
    public bool MobileOnly { get; init; } = new PhoneAnswer().MobileOnly;
}

/// <summary>A telephone number, saved in international form (E.164).</summary>
internal sealed class PhoneAnswerKind : AnswerKind<PhoneSettings>
{
    public override string Name => "phone";

    /// <summary>Personal: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(PhoneAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("phone", "format"), Same("international"), Same("mobile"));

    protected override Comparison ComparedAs(PhoneSettings settings) => new(AnswerShape.Text);

    protected override AnswerType Create(AnswerContext question, PhoneSettings s) =>
        new PhoneAnswer { DefaultRegion = s.DefaultRegion, AllowInternational = s.AllowInternational, MobileOnly = s.MobileOnly };

    /// <summary>"international" and "mobile" are rules only when their setting turns them on.</summary>
    internal override IEnumerable<string> SubjectRules(Question question, PhoneSettings s) =>
        ["required", "phone", .. s.AllowInternational ? Array.Empty<string>() : ["international"], .. s.MobileOnly ? ["mobile"] : Array.Empty<string>()];

    /// <summary>A UK mobile number: national and mobile, so every setting accepts it.</summary>
    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, PhoneSettings s, DateOnly today) => [SampleAnswer.One(question.Name, "07911 123456")];

    protected override SampleAnswer? InvalidSample(Question question, PhoneSettings settings) => SampleAnswer.One(question.Name, "12");
}
