using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// The one box that number and money answers share: a unit shown before and after it (and taken off
/// when someone types it too), how many decimal places are allowed, and limits.
/// </summary>
/// <param name="Prefix">A unit shown before the box, such as a currency symbol.</param>
/// <param name="Suffix">A unit shown after the box.</param>
/// <param name="DecimalPlaces">How many decimal places may be typed.</param>
/// <param name="Minimum">The smallest number allowed.</param>
/// <param name="Maximum">The largest number allowed.</param>
/// <param name="Width">The box's width class.</param>
/// <param name="Format">Writes a limit in messages, as the answer shows amounts.</param>
/// <param name="NotANumberKey">The message when the text is not a number.</param>
/// <param name="WholeKey">The message when decimals are typed and none are allowed.</param>
internal sealed record NumberBox(string? Prefix, string? Suffix, int DecimalPlaces, decimal? Minimum, decimal? Maximum, string? Width,
    Func<decimal, string> Format, string NotANumberKey, string WholeKey)
{
    public AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, 40);
        if (failure is not null)
        {
            return failure;
        }

        if (NumberText.Parse(Strip(Strip(text!, Prefix), Suffix)) is not { } value)
        {
            return Posted.Fail(question.Name, Messages.For(question, "number", NotANumberKey));
        }

        var message = NumberText.Check(question, value, DecimalPlaces, Minimum, Maximum, Format, WholeKey);
        return message is null ? new AnswerResult(JsonValue.Create(value), []) : Posted.Fail(question.Name, message);
    }

    public RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<Input>(new Dictionary<string, object?>
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

    /// <summary>The text without a unit typed before or after the number.</summary>
    private static string Strip(string text, string? unit)
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
