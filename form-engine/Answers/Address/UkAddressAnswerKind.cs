using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>A UK postal address: building and street, town, county and postcode.</summary>
internal sealed class UkAddressAnswerKind : AnswerKind<NoSettings>
{
    public override string Name => "ukAddress";

    public override Type AnswerType => typeof(UkAddressAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("line1", "line1Required"), Renamed("town", "townRequired"), Renamed("postcode", "postcode", "postcodeRequired"));

    protected override Comparison ComparedAs(NoSettings settings) => new(AnswerShape.Nothing);

    /// <summary>None: each line's message names the line ("Enter address line 1").</summary>
    internal override IEnumerable<string> SubjectRules(Question question, NoSettings settings) => [];

    protected override AnswerType Create(AnswerContext question, NoSettings s) => new UkAddressAnswer();

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, NoSettings s, DateOnly today) =>
        [new([(question.Name + "-line1", "1 High Street"), (question.Name + "-town", "Cardiff"), (question.Name + "-postcode", "CF10 1AA")], null)];

    protected override SampleAnswer? InvalidSample(Question question, NoSettings settings) =>
        new([(question.Name + "-line1", "1 High Street"), (question.Name + "-town", "Cardiff"), (question.Name + "-postcode", "NOT A POSTCODE")], null);
}
