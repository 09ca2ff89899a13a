using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record LongTextAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var limit = Math.Max(Cleaned.HardLimit, (MaxLength ?? 0) * 2);
        var cleaned = Cleaned.Block(Posted.Value(form, question.Name), limit);
        if (cleaned.Problem is not null)
        {
            return Posted.Fail(question.Name, Posted.Problem(question, cleaned.Problem, MaxLength ?? limit));
        }

        if (cleaned.IsEmpty)
        {
            return question.Required ? Posted.Fail(question.Name, Messages.For(question, "required", "Required.Enter")) : new AnswerResult(null, []);
        }

        var message = TextRules.Check(question, cleaned.Text, MinLength, MaxLength, null, MaxWords);
        return message is null ? new AnswerResult(JsonValue.Create(cleaned.Text), []) : Posted.Fail(question.Name, message);
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["Name"] = question.Name,
            ["Label"] = View.Label(question),
            ["Hint"] = View.Hint(question),
            ["ErrorMessage"] = View.ErrorFor(state, question.Name),
            ["Value"] = View.Shown(state, question.Name, v => v.GetValue<string>()),
            ["Rows"] = Rows,
            ["Spellcheck"] = Spellcheck,
        };
        if (MaxLength is null && MaxWords is null)
        {
            parameters[nameof(Textarea.Autocomplete)] = Autocomplete;
            return View.Component<Textarea>(parameters);
        }

        parameters[nameof(CharacterCount.Maxlength)] = MaxWords is null ? MaxLength : null;
        parameters[nameof(CharacterCount.Maxwords)] = MaxWords;
        return View.Component<CharacterCount>(parameters);
    }

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value.GetValue<string>();
}
