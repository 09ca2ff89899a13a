using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record NumberAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, 40);
        if (failure is not null)
        {
            return failure;
        }

        var trimmed = Strip(text!, Prefix);
        trimmed = Strip(trimmed, Suffix);
        if (NumberText.Parse(trimmed) is not { } value)
        {
            return Posted.Fail(question.Name, Messages.For(question, "number", "Number.NotNumber"));
        }

        var message = NumberText.Check(question, value, DecimalPlaces, Minimum, Maximum, Messages.Number, "Number.Whole");
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
        [nameof(Input.Inputmode)] = DecimalPlaces > 0 ? "decimal" : "numeric",
        [nameof(Input.Spellcheck)] = false,
        [nameof(Input.Prefix)] = string.IsNullOrEmpty(Prefix) ? null : new InputAffix { Text = Prefix },
        [nameof(Input.Suffix)] = string.IsNullOrEmpty(Suffix) ? null : new InputAffix { Text = Suffix },
        [nameof(Input.Classes)] = Width ?? "govuk-input--width-10",
    });

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var number = value.GetValue<decimal>().ToString("#,0.##########", CultureInfo.CurrentCulture);
        return string.Join(' ', new[] { Prefix, number, Suffix }.Where(part => !string.IsNullOrEmpty(part)));
    }

    /// <summary>The text without a unit typed before or after the number.</summary>
    internal static string Strip(string text, string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return text;
        }

        if (text.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            text = text[unit.Length..];
        }
        else if (text.StartsWith("-" + unit, StringComparison.OrdinalIgnoreCase))
        {
            text = "-" + text[(unit.Length + 1)..];
        }

        return text.EndsWith(unit, StringComparison.OrdinalIgnoreCase) ? text[..^unit.Length].Trim() : text.Trim();
    }
}
