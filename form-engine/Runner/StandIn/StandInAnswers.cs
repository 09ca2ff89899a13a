// STAND-IN: two tiny answer types (text, yes/no) so the runner can be built and tested before
// patterns-answers lands. Deleted when that branch is merged.
#pragma warning disable CS1591
using System.Text.Json.Nodes;
using GovDesign.Components;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.StandIn;

internal sealed record StandInText : AnswerType
{
    public int MaxLength { get; init; } = 100;

    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var text = form[question.Name].ToString().Trim();
        if (text.Length == 0)
        {
            return question.Required
                ? new(null, [new FieldError(question.Name, $"Enter {question.Subject}")])
                : new(null, []);
        }

        return text.Length > MaxLength
            ? new(null, [new FieldError(question.Name, $"{question.Subject} must be {MaxLength} characters or fewer")])
            : new(JsonValue.Create(text), []);
    }

    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => builder =>
    {
        var error = state.Errors.FirstOrDefault();
        builder.OpenComponent<Input>(0);
        builder.AddComponentParameter(1, nameof(Input.Id), question.Name);
        builder.AddComponentParameter(2, nameof(Input.Name), question.Name);
        builder.AddComponentParameter(3, nameof(Input.Label), new LabelOptions { Text = question.Label, IsPageHeading = question.IsPageHeading, Classes = question.IsPageHeading ? "govuk-label--l" : null });
        builder.AddComponentParameter(4, nameof(Input.Value), state.Posted is { } posted ? posted[question.Name].ToString() : state.Value?.GetValue<string>());
        builder.AddComponentParameter(5, nameof(Input.ErrorMessage), error is null ? null : new ErrorMessageOptions { Text = error.Message });
        builder.AddComponentParameter(6, nameof(Input.Hint), question.Hint is null ? null : new HintOptions { Text = question.Hint });
        builder.CloseComponent();
    };

    public override string Describe(JsonNode value) => value.GetValue<string>();
}

internal sealed record StandInYesNo : AnswerType
{
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) =>
        form[question.Name].ToString() is "yes" or "no"
            ? new(JsonValue.Create(form[question.Name].ToString()), [])
            : new(null, [new FieldError(question.Name, $"Select yes if {question.Subject}")]);

    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => builder =>
    {
        var error = state.Errors.FirstOrDefault();
        var value = state.Posted is { } posted ? posted[question.Name].ToString() : state.Value?.GetValue<string>();
        builder.OpenComponent<Radios>(0);
        builder.AddComponentParameter(1, nameof(Radios.Name), question.Name);
        builder.AddComponentParameter(2, nameof(Radios.IdPrefix), question.Name);
        builder.AddComponentParameter(3, nameof(Radios.Fieldset), new FieldsetOptions { Legend = new LegendOptions { Text = question.Label, IsPageHeading = question.IsPageHeading, Classes = "govuk-fieldset__legend--l" } });
        builder.AddComponentParameter(4, nameof(Radios.Value), value);
        builder.AddComponentParameter(5, nameof(Radios.Classes), "govuk-radios--inline");
        builder.AddComponentParameter(6, nameof(Radios.ErrorMessage), error is null ? null : new ErrorMessageOptions { Text = error.Message });
        builder.AddComponentParameter(7, nameof(Radios.Items), new RadiosItem?[] { new() { Value = "yes", Text = "Yes" }, new() { Value = "no", Text = "No" } });
        builder.CloseComponent();
    };

    public override string Describe(JsonNode value) => value.GetValue<string>() == "yes" ? "Yes" : "No";
}
