using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record TimeAnswer
{
    /// <summary>The longest time anyone writes ("12:30 a.m." and a little room).</summary>
    private const int MaxLength = 20;

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, MaxLength);
        if (failure is not null || text is null)
        {
            return failure ?? new AnswerResult(null, []);
        }

        if (Parse(text) is not { } time)
        {
            return Posted.Fail(question.Name, Messages.For(question, "format", "Time.Format"));
        }

        if (Earliest is { } earliest && time < earliest)
        {
            return Posted.Fail(question.Name, Messages.For(question, "earliest", "Time.Earliest", Shown(earliest)));
        }

        if (Latest is { } latest && time > latest)
        {
            return Posted.Fail(question.Name, Messages.For(question, "latest", "Time.Latest", Shown(latest)));
        }

        return new AnswerResult(JsonValue.Create(time.ToString("HH:mm", CultureInfo.InvariantCulture)), []);
    }

    /// <summary>
    /// The time the text means, or null. With am or pm (or yb, yh, SA, CH) the hour is 1 to 12 and the
    /// minutes may be left out; without, it is the 24-hour clock and the minutes are needed ("9" alone could be
    /// morning or evening). Midday, noon and midnight are words in English and in the current language.
    /// </summary>
    internal static TimeOnly? Parse(string text)
    {
        var plain = text.Trim().ToLower(CultureInfo.CurrentCulture).Replace(".m.", "m", StringComparison.Ordinal);
        if (plain is "midday" or "noon" or "12 noon" || plain == AnswerText.Get("Time.Midday").ToLower(CultureInfo.CurrentCulture))
        {
            return new TimeOnly(12, 0);
        }

        if (plain == "midnight" || plain == AnswerText.Get("Time.Midnight").ToLower(CultureInfo.CurrentCulture))
        {
            return new TimeOnly(0, 0);
        }

        var match = Shape().Match(plain);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59)
        {
            return null;
        }

        return match.Groups["half"].Value switch
        {
            "" when match.Groups["minute"].Success && hour <= 23 => new TimeOnly(hour, minute),
            "am" or "yb" or "sa" when hour is >= 1 and <= 12 => new TimeOnly(hour % 12, minute),
            "pm" or "yh" or "ch" when hour is >= 1 and <= 12 => new TimeOnly(hour % 12 + 12, minute),
            _ => null,
        };
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<Input>(new Dictionary<string, object?>
    {
        [nameof(Input.Name)] = question.Name,
        [nameof(Input.Label)] = View.Label(question),
        [nameof(Input.Hint)] = View.Hint(question.Hint ?? AnswerText.Get("Time.Hint")),
        [nameof(Input.ErrorMessage)] = View.ErrorFor(state, question.Name),
        [nameof(Input.Value)] = View.Shown(state, question.Name, Describe),
        [nameof(Input.Autocomplete)] = "off",
        [nameof(Input.Spellcheck)] = false,
        [nameof(Input.Classes)] = "govuk-input--width-5",
    });

    /// <inheritdoc />
    public override string Describe(JsonNode value) =>
        TimeOnly.TryParseExact(value.GetValue<string>(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? Shown(time) : value.GetValue<string>();

    /// <summary>A time as people read it in the current language: 9:30am, 2pm, midday, midnight.</summary>
    private static string Shown(TimeOnly time)
    {
        if (time == new TimeOnly(12, 0))
        {
            return AnswerText.Get("Time.Midday");
        }

        if (time == TimeOnly.MinValue)
        {
            return AnswerText.Get("Time.Midnight");
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var clock = time.Minute == 0 ? hour.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00}");
        return AnswerText.Format("Time.Shown", clock, AnswerText.Get(time.Hour < 12 ? "Time.Am" : "Time.Pm"));
    }

    [GeneratedRegex(@"^(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<half>am|pm|yb|yh|sa|ch)?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Shape();
}
