using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>text</c> question.</summary>
public sealed record TextSettings : AnswerSettings
{
    /// <summary>The fewest characters accepted. Message key <c>minLength</c>.</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters accepted. Message key <c>maxLength</c>.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole answer must match. Message key <c>pattern</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>How wide the input is, as a fraction of the column (<c>one-half</c>) or a number of characters (<c>10</c>).</summary>
    public string? Width { get; init; }

    /// <summary>The HTML autocomplete token of the input, like <c>tel</c> or <c>postal-code</c>.</summary>
    public string? Autocomplete { get; init; }

    /// <summary>Whether the browser checks spelling; false suits reference numbers.</summary>
    public bool? Spellcheck { get; init; }
}

/// <summary>A single line of text.</summary>
internal sealed class TextAnswerKind : AnswerKind<TextSettings>
{
    public override string Name => "text";

    public override Type AnswerType => typeof(TextAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"), Same("minLength"), Same("maxLength"), Same("pattern"));

    protected override Comparison ComparedAs(TextSettings settings) => new(AnswerShape.Text) { ByLength = true };

    protected override AnswerType Create(AnswerContext question, TextSettings s) => new TextAnswer
    {
        MinLength = s.MinLength,
        MaxLength = s.MaxLength,
        Pattern = s.Pattern,
        PatternMessage = question.Message("pattern"),
        Width = s.Width,
        Autocomplete = s.Autocomplete,
        Spellcheck = s.Spellcheck,
    };

    internal override IEnumerable<string> SubjectRules(Question question, TextSettings s) =>
        ["required", .. Given("minLength", s.MinLength), .. Given("maxLength", s.MaxLength), .. Given("pattern", s.Pattern)];

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, TextSettings settings, DateOnly today) =>
        [SampleAnswer.One(question.Name, Fit("Sample answer", settings.MaxLength), "Sample answer")];

    protected override SampleAnswer? InvalidSample(Question question, TextSettings settings) =>
        settings.MaxLength is { } max ? SampleAnswer.One(question.Name, new string('x', max + 1)) : null;

    /// <summary>Sample text cut to the question's longest answer.</summary>
    internal static string Fit(string text, int? maxLength) => maxLength is { } max && text.Length > max ? text[..Math.Max(max, 1)] : text;
}
