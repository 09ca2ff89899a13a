using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record UkAddressAnswer
{
    private IReadOnlyList<AddressLine> Boxes() =>
    [
        new("line1", AnswerText.Get("Address.Line1"), "Address.Line1Required", "address-line1"),
        new("line2", AnswerText.Get("Address.Line2Optional"), null, "address-line2"),
        new("town", AnswerText.Get("Address.Town"), "Address.TownRequired", "address-level2") { Width = "govuk-!-width-two-thirds" },
        .. AskCounty ? [new AddressLine("county", AnswerText.Get("Address.CountyOptional"), null, null)] : Array.Empty<AddressLine>(),
        new("postcode", AnswerText.Get("Address.Postcode"), "Address.PostcodeRequired", "postal-code") { Width = "govuk-input--width-10" },
    ];

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var boxes = Boxes();
        var answered = AddressLine.AnyAnswered(question, form, boxes);
        if (!answered && !question.Required)
        {
            return new AnswerResult(null, []);
        }

        var errors = new List<FieldError>();
        var values = boxes.ToDictionary(box => box.Part, box => box.Read(question, form, MaxLineLength, errors, answered));
        var postcodeId = $"{question.Name}-postcode";
        string? postcode = null;
        if (values["postcode"] is { } typed && errors.All(e => e.FieldId != postcodeId))
        {
            postcode = UkPostcode.Format(typed);
            if (postcode is null)
            {
                errors.Add(new(postcodeId, Messages.For(question, "postcode", "Address.PostcodeFormat")));
            }
        }

        if (errors.Count > 0)
        {
            return new AnswerResult(null, errors);
        }

        var address = new JsonObject { ["line1"] = values["line1"] };
        if (values["line2"] is { } line2)
        {
            address["line2"] = line2;
        }

        address["town"] = values["town"];
        if (values.GetValueOrDefault("county") is { } county)
        {
            address["county"] = county;
        }

        address["postcode"] = postcode;
        return new AnswerResult(address, []);
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) =>
        Group.Render(question, state, View.Sequence([.. Boxes().Select(box => box.Render(question, state, v => v[box.Part]?.GetValue<string>()))]));

    /// <inheritdoc />
    public override string Describe(JsonNode value) => string.Join('\n',
        new[] { "line1", "line2", "town", "county", "postcode" }
            .Select(part => value[part]?.GetValue<string>())
            .Where(text => !string.IsNullOrEmpty(text)));
}
