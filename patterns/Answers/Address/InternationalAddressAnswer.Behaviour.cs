using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record InternationalAddressAnswer
{
    private int LineCount => Math.Clamp(Lines, 2, 6);

    private IReadOnlyList<AddressLine> Boxes() => [.. Enumerable.Range(1, LineCount).Select(n => new AddressLine(
        $"line{n}",
        AnswerText.Format(n <= RequiredLines ? "Address.LineN" : "Address.LineNOptional", n),
        n <= RequiredLines ? "Address.LineNRequired" : null,
        n <= 3 ? $"address-line{n}" : null) { Number = n })];

    private string CountryId(AnswerQuestion question) => $"{question.Name}-country";

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var boxes = Boxes();
        var country = Posted.Value(form, CountryId(question))?.Trim().ToUpperInvariant();
        var answered = AddressLine.AnyAnswered(question, form, boxes) || !string.IsNullOrEmpty(country);
        if (!answered && !question.Required)
        {
            return new AnswerResult(null, []);
        }

        var errors = new List<FieldError>();
        var lines = boxes.Select(box => box.Read(question, form, MaxLineLength, errors, answered)).ToList();
        if (!Countries.IsKnown(country) || ExcludeCountries.Contains(country!, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new(CountryId(question), Messages.For(question, "countryRequired", "Address.CountryRequired")));
        }

        if (errors.Count > 0)
        {
            return new AnswerResult(null, errors);
        }

        var kept = new JsonArray([.. lines.Where(line => line is not null).Select(line => JsonValue.Create(line))]);
        return new AnswerResult(new JsonObject { ["lines"] = kept, ["country"] = country }, []);
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state)
    {
        var boxes = Boxes().Select((box, index) => box.Render(question, state, v => v["lines"] is JsonArray lines && index < lines.Count ? lines[index]?.GetValue<string>() : null));
        var chosen = View.Shown(state, CountryId(question), v => v["country"]?.GetValue<string>());
        var items = new List<SelectItem> { new() { Value = "", Text = AnswerText.Get("Address.ChooseCountry") } };
        items.AddRange(Countries.Sorted()
            .Where(c => !ExcludeCountries.Contains(c.Code, StringComparer.OrdinalIgnoreCase))
            .Select(c => new SelectItem { Value = c.Code, Text = c.Name }));
        var select = View.Component<Select>(new Dictionary<string, object?>
        {
            [nameof(Select.Name)] = CountryId(question),
            [nameof(Select.Label)] = new LabelOptions { Text = AnswerText.Get("Address.Country") },
            [nameof(Select.Items)] = items,
            [nameof(Select.Value)] = chosen?.ToUpperInvariant(),
            [nameof(Select.ErrorMessage)] = View.ErrorFor(state, CountryId(question)),
            ["autocomplete"] = "country",
        });
        return Group.Render(question, state, View.Sequence([.. boxes, select]));
    }

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var lines = value["lines"] is JsonArray array ? array.Select(line => line?.GetValue<string>()).Where(line => !string.IsNullOrEmpty(line)) : [];
        var country = value["country"]?.GetValue<string>();
        return string.Join('\n', country is null ? lines : lines.Append(Countries.Name(country)));
    }
}
