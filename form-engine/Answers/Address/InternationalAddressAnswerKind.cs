using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>A postal address anywhere in the world: address lines and a country.</summary>
internal sealed class InternationalAddressAnswerKind : AnswerKind<NoSettings>
{
    public override string Name => "internationalAddress";

    /// <summary>Personal: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(InternationalAddressAnswer);

    /// <summary>"lines" gives its message to every line's rule.</summary>
    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("country", "countryRequired"), Renamed("lines", [.. Enumerable.Range(1, 6).Select(n => $"line{n}Required")]));

    protected override Comparison ComparedAs(NoSettings settings) => new(AnswerShape.Nothing);

    /// <summary>None: each line's message names the line ("Enter address line 1").</summary>
    internal override IEnumerable<string> SubjectRules(Question question, NoSettings settings) => [];

    protected override AnswerType Create(AnswerContext question, NoSettings s) => new InternationalAddressAnswer();

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, NoSettings s, DateOnly today) =>
        [new([(question.Name + "-line1", "12 Rue de la Paix"), (question.Name + "-line2", "75002 Paris"), (question.Name + "-country", "FR")], null)];
}
