using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>number</c> question.</summary>
public sealed record NumberSettings : AnswerSettings
{
    /// <summary>The smallest number accepted. Message key <c>min</c>.</summary>
    public decimal? Min { get; init; }

    /// <summary>The largest number accepted. Message key <c>max</c>.</summary>
    public decimal? Max { get; init; }

    /// <summary>Whether only whole numbers are accepted. Message key <c>wholeNumber</c>.</summary>
    public bool WholeNumber { get; init; }

    /// <summary>Text before the input, like a unit; one string or one per language.</summary>
    public LocalText? Prefix { get; init; }

    /// <summary>Text after the input, like "kg"; one string or one per language.</summary>
    public LocalText? Suffix { get; init; }

    /// <summary>How wide the input is, as a fraction of the column or a number of characters.</summary>
    public string? Width { get; init; }
}

/// <summary>A number, like a count or a measurement.</summary>
internal sealed class NumberAnswerKind : AnswerKind<NumberSettings>
{
    public override string Name => "number";

    public override Type AnswerType => typeof(NumberAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Same("number"), Same("wholeNumber"), Renamed("min", "minimum"), Renamed("max", "maximum"));

    protected override Comparison ComparedAs(NumberSettings settings) => new(AnswerShape.Number);

    protected override AnswerType Create(AnswerContext question, NumberSettings s) => new NumberAnswer
    {
        Minimum = s.Min,
        Maximum = s.Max,
        DecimalPlaces = s.WholeNumber ? 0 : 2,
        Prefix = question.In(s.Prefix),
        Suffix = question.In(s.Suffix),
        Width = s.Width,
    };

    /// <summary>The middle of the range, then its ends, so conditions on either side are met.</summary>
    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, NumberSettings s, DateOnly today)
    {
        var middle = (s.Min, s.Max) switch
        {
            ({ } a, { } b) => Math.Floor((a + b) / 2),
            ({ } a, null) => a + 1,
            (null, { } b) => b - 1,
            _ => 3m,
        };
        return [.. new[] { middle, s.Min ?? middle, s.Max ?? middle }.Distinct()
            .Select(n => SampleAnswer.One(question.Name, n.ToString(CultureInfo.InvariantCulture), JsonValue.Create(n)))];
    }

    protected override SampleAnswer? InvalidSample(Question question, NumberSettings settings) => SampleAnswer.One(question.Name, "twelve");
}
