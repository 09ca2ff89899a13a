using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>singleChoice</c> question (its options are read with every question's).</summary>
public sealed record SingleChoiceSettings : AnswerSettings
{
    /// <summary>Whether the radios sit side by side, for two or three short options; no effect above 10 options, shown as a select.</summary>
    public bool Inline { get; init; } = new SingleChoiceAnswer().Inline;
}

/// <summary>One option from a list: radios, or a select for a long list.</summary>
internal sealed class SingleChoiceAnswerKind : AnswerKind<SingleChoiceSettings>
{
    public override string Name => "singleChoice";

    public override Type AnswerType => typeof(SingleChoiceAnswer);

    public override bool HasOptions => true;

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"));

    protected override Comparison ComparedAs(SingleChoiceSettings settings) => new(AnswerShape.Option);

    protected override AnswerType Create(AnswerContext question, SingleChoiceSettings s) => new SingleChoiceAnswer { Options = question.Options, Inline = s.Inline };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, SingleChoiceSettings s, DateOnly today) =>
        [.. question.Options.Select(o => SampleAnswer.One(question.Name, o.Value, o.Value))];
}
