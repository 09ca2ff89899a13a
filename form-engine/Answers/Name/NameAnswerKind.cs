using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>name</c> question.</summary>
public sealed record NameSettings : AnswerSettings
{
    /// <summary>Whether given names and family name are asked for separately, instead of one full name.</summary>
    public bool Parts { get; init; }
}

/// <summary>A person's name.</summary>
internal sealed class NameAnswerKind : AnswerKind<NameSettings>
{
    public override string Name => "name";

    /// <summary>Personal: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(NameAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("given", "givenRequired"), Renamed("family", "familyRequired"));

    protected override Comparison ComparedAs(NameSettings settings) => new(AnswerShape.Nothing);

    /// <summary>"{subject} must only include letters ..." has no message key.</summary>
    internal override IEnumerable<string> SubjectRules(Question question, NameSettings settings) => [.. MessageKeys.Keys, "characters"];

    protected override AnswerType Create(AnswerContext question, NameSettings s) =>
        new NameAnswer { Parts = s.Parts ? NameParts.GivenAndFamily : NameParts.Full };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, NameSettings s, DateOnly today) => s.Parts
        ? [new([(question.Name + "-given", "Sam"), (question.Name + "-family", "Jones")], null)]
        : [SampleAnswer.One(question.Name, "Sam Jones")];
}
