using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>yesNo</c> question.</summary>
public sealed record YesNoSettings : AnswerSettings
{
    /// <summary>Whether Yes and No sit side by side; true by default.</summary>
    public bool Inline { get; init; } = new YesNoAnswer().Inline;
}

/// <summary>A yes or no question; the answer is "yes" or "no".</summary>
internal sealed class YesNoAnswerKind : AnswerKind<YesNoSettings>
{
    public override string Name => "yesNo";

    public override Type AnswerType => typeof(YesNoAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"));

    protected override Comparison ComparedAs(YesNoSettings settings) => new(AnswerShape.YesNo);

    protected override AnswerType Create(AnswerContext question, YesNoSettings s) => new YesNoAnswer { Inline = s.Inline };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, YesNoSettings s, DateOnly today) =>
        [SampleAnswer.One(question.Name, "yes", "yes"), SampleAnswer.One(question.Name, "no", "no")];
}
