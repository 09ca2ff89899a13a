using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record NumberAnswer
{
    private NumberBox Box => new(Prefix, Suffix, DecimalPlaces, Minimum, Maximum, Width, Messages.Number, "Number.NotNumber", "Number.Whole");

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => Box.Read(question, form);

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => Box.Render(question, state);

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var number = value.GetValue<decimal>().ToString("#,0.##########", CultureInfo.CurrentCulture);
        return string.Join(' ', new[] { Prefix, number, Suffix }.Where(part => !string.IsNullOrEmpty(part)));
    }
}
