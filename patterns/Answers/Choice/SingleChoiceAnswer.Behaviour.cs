using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record SingleChoiceAnswer
{
    /// <summary>Whether the options are shown as a select rather than radios.</summary>
    public bool UsesSelect => Options.Count > SelectThreshold;

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var value = Posted.Value(form, question.Name);
        if (Options.Any(o => o.Value == value))
        {
            return new AnswerResult(JsonValue.Create(value), []);
        }

        return string.IsNullOrEmpty(value) && !question.Required
            ? new AnswerResult(null, [])
            : Posted.Fail(question.Name, Messages.For(question, "required", "Required.Select"));
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) =>
        UsesSelect ? Choices.Select(question, state, Options) : Choices.Radios(question, state, Options, Inline ? "govuk-radios--inline" : null);

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var chosen = value.GetValue<string>();
        return Options.FirstOrDefault(o => o.Value == chosen)?.Text ?? chosen;
    }
}
