using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record MultipleChoiceAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var posted = Posted.Values(form, question.Name).Distinct(StringComparer.Ordinal).ToList();
        var known = posted.Where(v => Options.Any(o => o.Value == v) || NoneOption?.Value == v).ToList();
        if (known.Count != posted.Count || (posted.Count == 0 && question.Required))
        {
            return Posted.Fail(question.Name, Messages.For(question, "required", NoneOption is null ? "Required.SelectAll" : "Required.SelectAllOrNone", NoneOption?.Text));
        }

        if (posted.Count == 0)
        {
            return new AnswerResult(null, []);
        }

        if (NoneOption is not null && known.Contains(NoneOption.Value) && known.Count > 1)
        {
            return Posted.Fail(question.Name, Messages.For(question, "exclusive", "Choice.Exclusive", NoneOption.Text));
        }

        var isNone = NoneOption is not null && known[0] == NoneOption.Value;
        if (!isNone && known.Count < MinSelections && question.Required)
        {
            return Posted.Fail(question.Name, Messages.For(question, "minSelections", "Choice.MinSelections", MinSelections));
        }

        if (MaxSelections is { } max && known.Count > max)
        {
            return Posted.Fail(question.Name, Messages.For(question, "maxSelections", "Choice.MaxSelections", max));
        }

        var ordered = Options.Select(o => o.Value).Append(NoneOption?.Value).Where(v => v is not null && known.Contains(v));
        return new AnswerResult(new JsonArray([.. ordered.Select(v => JsonValue.Create(v))]), []);
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => Choices.Checkboxes(question, state, Options, NoneOption);

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value is JsonArray chosen
        ? string.Join('\n', chosen.Select(v => v?.GetValue<string>()).Select(v => Options.Append(NoneOption).FirstOrDefault(o => o?.Value == v)?.Text ?? v))
        : value.ToString();
}
