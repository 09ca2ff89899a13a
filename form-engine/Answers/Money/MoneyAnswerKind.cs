using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>money</c> question.</summary>
public sealed record MoneySettings : AnswerSettings
{
    /// <summary>The smallest amount accepted; 0 by default, so a negative amount is refused. Message key <c>min</c>.</summary>
    public decimal Min { get; init; } = new MoneyAnswer().Minimum ?? 0m;

    /// <summary>The largest amount accepted. Message key <c>max</c>.</summary>
    public decimal? Max { get; init; }

    /// <summary>The ISO 4217 currency code; GBP, EUR, USD and INR show their symbol, any other code is shown as it is.</summary>
    public string Currency { get; init; } = "GBP";
}

/// <summary>An amount of money.</summary>
internal sealed class MoneyAnswerKind : AnswerKind<MoneySettings>
{
    public override string Name => "money";

    public override Type AnswerType => typeof(MoneyAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("money", "number"), Renamed("min", "minimum"), Renamed("max", "maximum"));

    protected override Comparison ComparedAs(MoneySettings settings) => new(AnswerShape.Number);

    protected override AnswerType Create(AnswerContext question, MoneySettings s) =>
        new MoneyAnswer { Minimum = s.Min, Maximum = s.Max, CurrencySymbol = MoneyAnswer.SymbolFor(s.Currency) };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, MoneySettings s, DateOnly today)
    {
        var value = 120.50m;
        if (s.Max is { } max && value > max)
        {
            value = s.Min > 0 ? s.Min : max;
        }

        return [SampleAnswer.One(question.Name, value.ToString("0.00", CultureInfo.InvariantCulture), JsonValue.Create(value))];
    }

    protected override SampleAnswer? InvalidSample(Question question, MoneySettings settings) => SampleAnswer.One(question.Name, "twelve");
}
