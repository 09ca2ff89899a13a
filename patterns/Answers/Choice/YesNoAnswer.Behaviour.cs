using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record YesNoAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var value = Posted.Value(form, question.Name);
        if (value is "yes" or "no")
        {
            return new AnswerResult(JsonValue.Create(value), []);
        }

        return string.IsNullOrEmpty(value) && !question.Required
            ? new AnswerResult(null, [])
            : Posted.Fail(question.Name, Messages.For(question, "required", "Required.YesNo"));
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) =>
        Choices.Radios(question, state, [new AnswerOption("yes", AnswerText.Get("YesNo.Yes")), new AnswerOption("no", AnswerText.Get("YesNo.No"))], Inline ? "govuk-radios--inline" : null);

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value.GetValue<string>() switch
    {
        "yes" => AnswerText.Get("YesNo.Yes"),
        "no" => AnswerText.Get("YesNo.No"),
        var other => other,
    };
}
