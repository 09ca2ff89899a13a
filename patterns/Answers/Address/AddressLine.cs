using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>One box of an address: read (cleaned, required or not, limited) and rendered with its own label and error.</summary>
/// <param name="Part">The part's name, the end of its id: <c>line1</c>, <c>town</c>, <c>postcode</c> ...</param>
/// <param name="Label">The part's label.</param>
/// <param name="RequiredKey">The resource of its "enter" message, when it is required; null when optional.</param>
/// <param name="Autocomplete">Its <c>autocomplete</c> purpose.</param>
internal sealed record AddressLine(string Part, string Label, string? RequiredKey, string? Autocomplete)
{
    /// <summary>The line's number, given to its "enter" message as <c>{1}</c>.</summary>
    public int Number { get; init; }

    /// <summary>A width class for the box; two thirds by default.</summary>
    public string Width { get; init; } = "govuk-!-width-two-thirds";

    /// <summary>The box's id (and name).</summary>
    public string Id(AnswerQuestion question) => $"{question.Name}-{Part}";

    /// <summary>Reads the box; adds an error to <paramref name="errors"/> when it is wrong.</summary>
    public string? Read(AnswerQuestion question, IFormCollection form, int maxLength, List<FieldError> errors, bool anyAnswered)
    {
        var id = Id(question);
        var cleaned = Cleaned.Line(Posted.Value(form, id));
        if (cleaned.Problem == "controlCharacters")
        {
            errors.Add(new(id, Messages.For(question, "controlCharacters", "ControlCharacters")));
            return null;
        }

        if (cleaned.Problem is not null || cleaned.Text.Length > maxLength)
        {
            errors.Add(new(id, Messages.For(question, "maxLength", "Address.LineTooLong", Label, Messages.Number(maxLength))));
            return null;
        }

        if (cleaned.IsEmpty && RequiredKey is not null && (question.Required || anyAnswered))
        {
            errors.Add(new(id, Messages.For(question, Part + "Required", RequiredKey, Number)));
        }

        return cleaned.IsEmpty ? null : cleaned.Text;
    }

    /// <summary>Renders the box from what was posted or the saved value.</summary>
    public RenderFragment Render(AnswerQuestion question, AnswerState state, Func<JsonNode, string?> fromValue) => View.Component<Input>(new Dictionary<string, object?>
    {
        [nameof(Input.Name)] = Id(question),
        [nameof(Input.Label)] = new LabelOptions { Text = Label },
        [nameof(Input.ErrorMessage)] = View.ErrorFor(state, Id(question)),
        [nameof(Input.Value)] = View.Shown(state, Id(question), fromValue),
        [nameof(Input.Autocomplete)] = Autocomplete,
        [nameof(Input.Classes)] = Width,
    });

    /// <summary>Whether anything at all was typed in these boxes.</summary>
    public static bool AnyAnswered(AnswerQuestion question, IFormCollection form, IEnumerable<AddressLine> lines) =>
        lines.Any(line => !string.IsNullOrWhiteSpace(Posted.Value(form, line.Id(question))));
}
