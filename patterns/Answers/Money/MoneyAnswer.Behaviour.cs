using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record MoneyAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, 40);
        if (failure is not null)
        {
            return failure;
        }

        var trimmed = NumberAnswer.Strip(NumberAnswer.Strip(text!, CurrencySymbol), Suffix);
        if (NumberText.Parse(trimmed) is not { } value)
        {
            return Posted.Fail(question.Name, Messages.For(question, "number", "Money.NotMoney"));
        }

        var message = NumberText.Check(question, value, AllowPence ? 2 : 0, Minimum, Maximum, Amount, "Money.Whole");
        return message is null ? new AnswerResult(JsonValue.Create(value), []) : Posted.Fail(question.Name, message);
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<Input>(new Dictionary<string, object?>
    {
        [nameof(Input.Name)] = question.Name,
        [nameof(Input.Label)] = View.Label(question),
        [nameof(Input.Hint)] = View.Hint(question),
        [nameof(Input.ErrorMessage)] = View.ErrorFor(state, question.Name),
        [nameof(Input.Value)] = View.Shown(state, question.Name, v => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture)),
        [nameof(Input.Inputmode)] = AllowPence ? "decimal" : "numeric",
        [nameof(Input.Spellcheck)] = false,
        [nameof(Input.Prefix)] = string.IsNullOrEmpty(CurrencySymbol) ? null : new InputAffix { Text = CurrencySymbol },
        [nameof(Input.Suffix)] = string.IsNullOrEmpty(Suffix) ? null : new InputAffix { Text = Suffix },
        [nameof(Input.Classes)] = Width ?? "govuk-input--width-10",
    });

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
        return sign + CurrencySymbol + Math.Abs(value).ToString(format, CultureInfo.CurrentCulture);
    }
}
