using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record NationalIdAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, 100);
        if (failure is not null || text is null)
        {
            return failure ?? new AnswerResult(null, []);
        }

        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '.' or '/'))]).ToUpperInvariant();
        if (Kind == NationalIdKind.UkNationalInsurance)
        {
            return NationalInsuranceNumber.Canonical(compact) is { } nino
                ? new AnswerResult(JsonValue.Create(nino), [])
                : Posted.Fail(question.Name, Messages.For(question, "format", "NationalId.Format", "QQ 12 34 56 C"));
        }

        if (compact.Length > 64 || (!string.IsNullOrEmpty(Pattern) && !TextRules.Matches(Pattern, compact)))
        {
            return Posted.Fail(question.Name, Example is null
                ? Messages.For(question, "format", "NationalId.FormatPlain")
                : Messages.For(question, "format", "NationalId.Format", Example));
        }

        return Checksums.Passes(Checksum, compact)
            ? new AnswerResult(JsonValue.Create(compact), [])
            : Posted.Fail(question.Name, Messages.For(question, "checksum", "NationalId.Checksum"));
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<Input>(new Dictionary<string, object?>
    {
        [nameof(Input.Name)] = question.Name,
        [nameof(Input.Label)] = View.Label(question),
        [nameof(Input.Hint)] = View.Hint(question),
        [nameof(Input.ErrorMessage)] = View.ErrorFor(state, question.Name),
        [nameof(Input.Value)] = View.Shown(state, question.Name, v => v.GetValue<string>()),
        [nameof(Input.Spellcheck)] = false,
        [nameof(Input.Autocapitalize)] = "characters",
        [nameof(Input.Classes)] = Kind == NationalIdKind.UkNationalInsurance ? "govuk-input--width-10" : "govuk-input--width-20",
    });

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value.GetValue<string>();
}
