using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record DateAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var outcome = Check(question, DateParts.Read(form, question.Name, Precision));
        if (outcome.Message is not null)
        {
            return Posted.Fail($"{question.Name}-{outcome.WrongParts[0]}", outcome.Message);
        }

        return new AnswerResult(outcome.Date is { } date ? JsonValue.Create(Saved(date)) : null, []);
    }

    /// <summary>The saved form: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>--MM-DD</c>.</summary>
    private string Saved(DateOnly date) => Precision switch
    {
        DatePrecision.MonthYear => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.DayMonth => date.ToString("--MM-dd", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state)
    {
        var error = View.ErrorForGroup(state, question.Name);
        var wrong = error is null ? [] : WrongParts(question, state);
        var saved = SavedParts(state.Value);
        var items = DateParts.Asked(Precision).Select(part => new DateInputItem
        {
            Name = part,
            Value = state.Posted is not null ? Posted.Value(state.Posted, $"{question.Name}-{part}") : saved.GetValueOrDefault(part),
            Error = error is null ? null : wrong.Count == 0 || wrong.Contains(part),
            Autocomplete = string.IsNullOrEmpty(Autocomplete) ? null : $"{Autocomplete}-{part}",
            Classes = part == "year" ? "govuk-input--width-4" : "govuk-input--width-2",
        }).ToList();
        return View.Component<DateInput>(new Dictionary<string, object?>
        {
            [nameof(DateInput.Id)] = question.Name,
            [nameof(DateInput.NamePrefix)] = question.Name,
            [nameof(DateInput.Items)] = items,
            [nameof(DateInput.Fieldset)] = View.Fieldset(question) with { Role = "group" },
            [nameof(DateInput.Hint)] = View.Hint(question),
            [nameof(DateInput.ErrorMessage)] = error,
        });
    }

    /// <summary>The parts to mark as wrong: worked out again from what was posted; all when unknown.</summary>
    private IReadOnlyList<string> WrongParts(AnswerQuestion question, AnswerState state) =>
        state.Posted is null ? [] : Check(question, DateParts.Read(state.Posted, question.Name, Precision)).WrongParts;

    /// <summary>The boxes' values from a saved date, without leading zeros.</summary>
    private static Dictionary<string, string> SavedParts(JsonNode? value)
    {
        var text = value?.GetValue<string>() ?? "";
        var pieces = text.TrimStart('-').Split('-');
        var parts = new Dictionary<string, string>();
        if (text.StartsWith("--", StringComparison.Ordinal) && pieces.Length == 2)
        {
            (parts["month"], parts["day"]) = (pieces[0].TrimStart('0'), pieces[1].TrimStart('0'));
        }
        else if (pieces.Length >= 2)
        {
            (parts["year"], parts["month"]) = (pieces[0], pieces[1].TrimStart('0'));
            if (pieces.Length == 3)
            {
                parts["day"] = pieces[2].TrimStart('0');
            }
        }

        return parts;
    }

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var text = value.GetValue<string>();
        return Precision switch
        {
            DatePrecision.MonthYear when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) =>
                d.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
            DatePrecision.DayMonth when DateOnly.TryParseExact("2000" + text[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) =>
                d.ToString("d MMMM", CultureInfo.CurrentCulture),
            _ when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => Long(d),
            _ => text,
        };
    }
}
