using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record ConfirmationCodeAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, 64);
        if (failure is not null || text is null)
        {
            return failure ?? new AnswerResult(null, []);
        }

        var code = Lines.Compact(text);
        return code.Length == Digits && code.All(char.IsAsciiDigit)
            ? new AnswerResult(JsonValue.Create(code), [])
            : Posted.Fail(question.Name, Messages.For(question, "format", "Code.Format", Digits));
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<Input>(new Dictionary<string, object?>
    {
        [nameof(Input.Name)] = question.Name,
        [nameof(Input.Label)] = View.Label(question),
        [nameof(Input.Hint)] = View.Hint(question),
        [nameof(Input.ErrorMessage)] = View.ErrorFor(state, question.Name),
        [nameof(Input.Value)] = View.Shown(state, question.Name, v => v.GetValue<string>()),
        [nameof(Input.Autocomplete)] = "one-time-code",
        [nameof(Input.Inputmode)] = "numeric",
        [nameof(Input.Spellcheck)] = false,
        [nameof(Input.Classes)] = "govuk-input--width-10",
    });

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value.GetValue<string>();
}
