using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record MoneyAnswer
{
    private NumberBox Box => new(CurrencySymbol, Suffix, AllowPence ? 2 : 0, Minimum, Maximum, Width, Amount, "Money.NotMoney", "Money.Whole");

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => Box.Read(question, form);

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => Box.Render(question, state);

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var amount = Amount(value.GetValue<decimal>());
        return string.IsNullOrEmpty(Suffix) ? amount : $"{amount} {Suffix}";
    }

    /// <summary>The amount with the currency symbol, with pence only when there are some.</summary>
    private string Amount(decimal value)
    {
        var format = decimal.Truncate(value) == value ? "#,0" : "#,0.00";
        var sign = value < 0 ? "-" : "";
        var gap = CurrencySymbol.Length > 0 && char.IsLetter(CurrencySymbol[^1]) ? " " : "";
        return sign + CurrencySymbol + gap + Math.Abs(value).ToString(format, CultureInfo.CurrentCulture);
    }
}
