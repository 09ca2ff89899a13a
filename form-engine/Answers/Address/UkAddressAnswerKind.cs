using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>ukAddress</c> question.</summary>
public sealed record UkAddressSettings : AnswerSettings
{
    /// <summary>Whether to ask for the county, on an optional line between the town and the postcode; false by default, as post is delivered without it.</summary>
    public bool County { get; init; } = new UkAddressAnswer().AskCounty;
}

/// <summary>A UK postal address: building and street, town, the county when asked, and postcode.</summary>
internal sealed class UkAddressAnswerKind : AnswerKind<UkAddressSettings>
{
    public override string Name => "ukAddress";

    /// <summary>Personal: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(UkAddressAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("line1", "line1Required"), Renamed("town", "townRequired"), Renamed("postcode", "postcode", "postcodeRequired"));

    protected override Comparison ComparedAs(UkAddressSettings settings) => new(AnswerShape.Nothing);

    /// <summary>None: each line's message names the line ("Enter address line 1").</summary>
    internal override IEnumerable<string> SubjectRules(Question question, UkAddressSettings settings) => [];

    protected override AnswerType Create(AnswerContext question, UkAddressSettings s) => new UkAddressAnswer { AskCounty = s.County };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, UkAddressSettings s, DateOnly today) => s.County
        ? [new([(question.Name + "-line1", "1 High Street"), (question.Name + "-town", "Cardiff"), (question.Name + "-county", "South Glamorgan"), (question.Name + "-postcode", "CF10 1AA")], null)]
        : [new([(question.Name + "-line1", "1 High Street"), (question.Name + "-town", "Cardiff"), (question.Name + "-postcode", "CF10 1AA")], null)];

    protected override SampleAnswer? InvalidSample(Question question, UkAddressSettings settings) =>
        new([(question.Name + "-line1", "1 High Street"), (question.Name + "-town", "Cardiff"), (question.Name + "-postcode", "NOT A POSTCODE")], null);
}
