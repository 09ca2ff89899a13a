using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>longText</c> question.</summary>
public sealed record LongTextSettings : AnswerSettings
{
    /// <summary>The fewest characters accepted. Message key <c>minLength</c>.</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters accepted; a character count is shown. Message key <c>maxLength</c>.</summary>
    public int? MaxLength { get; init; }

    /// <summary>How many lines tall the box is.</summary>
    public int? Rows { get; init; }
}

/// <summary>Several lines of text.</summary>
internal sealed class LongTextAnswerKind : AnswerKind<LongTextSettings>
{
    public override string Name => "longText";

    public override Type AnswerType => typeof(LongTextAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"), Same("minLength"), Same("maxLength"));

    protected override Comparison ComparedAs(LongTextSettings settings) => new(AnswerShape.Text) { ByLength = true };

    protected override AnswerType Create(AnswerContext question, LongTextSettings s) =>
        new LongTextAnswer { MinLength = s.MinLength, MaxLength = s.MaxLength, Rows = s.Rows };

    internal override IEnumerable<string> SubjectRules(Question question, LongTextSettings s) =>
        ["required", .. Given("minLength", s.MinLength), .. Given("maxLength", s.MaxLength)];

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, LongTextSettings settings, DateOnly today) =>
        [SampleAnswer.One(question.Name, TextAnswerKind.Fit("A longer answer, in a sentence.", settings.MaxLength), "A longer answer, in a sentence.")];

    protected override SampleAnswer? InvalidSample(Question question, LongTextSettings settings) =>
        settings.MaxLength is { } max ? SampleAnswer.One(question.Name, new string('x', max + 1)) : null;
}
