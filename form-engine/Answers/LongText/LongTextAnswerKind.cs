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

    /// <summary>The most words accepted; a word count is shown instead of a character count. Message key <c>maxWords</c>.</summary>
    public int? MaxWords { get; init; }

    /// <summary>How many lines tall the box is.</summary>
    public int? Rows { get; init; }
}

/// <summary>Several lines of text.</summary>
internal sealed class LongTextAnswerKind : AnswerKind<LongTextSettings>
{
    public override string Name => "longText";

    public override Type AnswerType => typeof(LongTextAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"), Same("minLength"), Same("maxLength"), Same("maxWords"));

    protected override Comparison ComparedAs(LongTextSettings settings) => new(AnswerShape.Text) { ByLength = true };

    protected override AnswerType Create(AnswerContext question, LongTextSettings s) =>
        new LongTextAnswer { MinLength = s.MinLength, MaxLength = s.MaxLength, MaxWords = s.MaxWords, Rows = s.Rows };

    internal override IEnumerable<string> SubjectRules(Question question, LongTextSettings s) =>
        ["required", .. Given("minLength", s.MinLength), .. Given("maxLength", s.MaxLength), .. Given("maxWords", s.MaxWords)];

    /// <summary>The box counts one thing under it: a word limit with a character limit would count words and refuse characters.</summary>
    internal override void CheckSettings(LongTextSettings s, SettingsCheck check)
    {
        if (s.MaxWords is not null && s.MaxLength is not null)
        {
            check.Error("question.maxWords", "/maxWords", "Give \"maxWords\" or \"maxLength\", not both: the count under the box counts either words or characters, so the citizen would be refused for a limit they were not shown.");
        }
    }

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, LongTextSettings settings, DateOnly today)
    {
        var text = Words(TextAnswerKind.Fit("A longer answer, in a sentence.", settings.MaxLength), settings.MaxWords);
        return [SampleAnswer.One(question.Name, text, text)];
    }

    protected override SampleAnswer? InvalidSample(Question question, LongTextSettings settings) =>
        settings.MaxLength is { } max ? SampleAnswer.One(question.Name, new string('x', max + 1))
        : settings.MaxWords is { } words ? SampleAnswer.One(question.Name, string.Join(' ', Enumerable.Repeat("word", words + 1)))
        : null;

    /// <summary>Sample text cut to the question's word limit.</summary>
    private static string Words(string text, int? max) => max is { } limit ? string.Join(' ', text.Split(' ').Take(limit)) : text;
}
