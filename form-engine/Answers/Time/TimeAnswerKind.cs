using System.Globalization;
using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>time</c> question.</summary>
public sealed record TimeSettings : AnswerSettings
{
    /// <summary>The earliest time accepted, itself included, as <c>HH:mm</c> on the 24-hour clock, like <c>08:00</c>. Message key <c>earliest</c>.</summary>
    public string? Earliest { get; init; }

    /// <summary>The latest time accepted, itself included, as <c>HH:mm</c> on the 24-hour clock, like <c>18:30</c>. Message key <c>latest</c>.</summary>
    public string? Latest { get; init; }
}

/// <summary>A time of day, typed in one box as people write it; saved as <c>HH:mm</c>.</summary>
internal sealed class TimeAnswerKind : AnswerKind<TimeSettings>
{
    public override string Name => "time";

    public override Type AnswerType => typeof(TimeAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("time", "format"), Same("earliest"), Same("latest"));

    protected override Comparison ComparedAs(TimeSettings settings) => new(AnswerShape.Text);

    protected override AnswerType Create(AnswerContext question, TimeSettings s) => new TimeAnswer { Earliest = Parse(s.Earliest), Latest = Parse(s.Latest) };

    internal override IEnumerable<string> SubjectRules(Question question, TimeSettings s) =>
        ["required", "time", .. Given("earliest", s.Earliest), .. Given("latest", s.Latest)];

    internal override void CheckSettings(TimeSettings s, SettingsCheck check)
    {
        if (Parse(s.Earliest) is { } earliest && Parse(s.Latest) is { } latest && earliest > latest)
        {
            check.Error("question.range", "/earliest", $"\"earliest\" ({s.Earliest}) is after \"latest\" ({s.Latest}), so no time could be accepted.");
        }
    }

    /// <summary>Half past nine in the morning, moved inside the question's limits.</summary>
    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, TimeSettings s, DateOnly today)
    {
        var time = new TimeOnly(9, 30);
        if (Parse(s.Earliest) is { } earliest && time < earliest)
        {
            time = earliest;
        }

        if (Parse(s.Latest) is { } latest && time > latest)
        {
            time = latest;
        }

        var text = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return [SampleAnswer.One(question.Name, text, text)];
    }

    protected override SampleAnswer? InvalidSample(Question question, TimeSettings settings) => SampleAnswer.One(question.Name, "25:00");

    /// <summary>A limit as the schema writes it (<c>HH:mm</c>), or null.</summary>
    internal static TimeOnly? Parse(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
