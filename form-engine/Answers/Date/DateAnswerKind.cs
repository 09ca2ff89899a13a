using System.Globalization;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>A date typed as day, month and year boxes; its limits may be relative to today.</summary>
internal sealed class DateAnswerKind : AnswerKind<DateSettings>
{
    private static readonly string[] Offsets = ["-40y", "-20y", "-10d", "-60d", "-200d", "-5y", "+10d", "+60d", "+2y"];

    public override string Name => "date";

    public override Type AnswerType => typeof(DateAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Same("realDate"), Same("past"), Same("future"), Same("earliest"), Same("latest"));

    protected override Comparison ComparedAs(DateSettings settings) => settings.Precision switch
    {
        DatePrecision.DayMonth => new(AnswerShape.Nothing) { Variant = "dayMonth" },
        DatePrecision.MonthYear => new(AnswerShape.Date) { Monthly = true, Variant = "monthYear" },
        _ => new(AnswerShape.Date) { Variant = "full" },
    };

    /// <summary>"{subject} must include a month" has no message key, so every date names its answer.</summary>
    internal override IEnumerable<string> SubjectRules(Question question, DateSettings settings) => [.. MessageKeys.Keys, "incomplete"];

    protected override AnswerType Create(AnswerContext question, DateSettings s) => new DateAnswer
    {
        Precision = s.Precision,
        MustBeInPast = s.MustBeInPast,
        MustBeInFuture = s.MustBeInFuture,
        Autocomplete = s.Autocomplete,
        Clock = question.Time,
    };

    protected override bool ChangesDaily(DateSettings settings) => (settings.Earliest ?? settings.Latest) is not null;

    protected override AnswerType ForToday(AnswerType type, DateSettings settings, DateOnly today) =>
        (DateAnswer)type with { Earliest = Limit(settings.Earliest, today, false), Latest = Limit(settings.Latest, today, true) };

    /// <summary>A date limit as it is today; "2024-03" as the latest date means the end of March, not its first day.</summary>
    private static DateOnly? Limit(string? text, DateOnly today, bool latest)
    {
        if (text is null || !DateValue.TryParse(text, out var value))
        {
            return null;
        }

        var date = value.Resolve(today);
        return latest && text.Length == 7 ? new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)) : date;
    }

    internal override void CheckSettings(DateSettings s, SettingsCheck check)
    {
        if (Parse(s.Earliest) is { } earliest && Parse(s.Latest) is { } latest
            && earliest.IsRelative == latest.IsRelative && earliest.Resolve(check.Today) > latest.Resolve(check.Today))
        {
            check.Error("question.range", "/earliest", $"\"earliest\" ({s.Earliest}) is after \"latest\" ({s.Latest}), so no date could be accepted.");
        }
    }

    private static DateValue? Parse(string? text) => text is not null && DateValue.TryParse(text, out var value) ? value : null;

    /// <summary>Dates from far past to near future, kept to those the question's limits allow.</summary>
    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, DateSettings s, DateOnly today)
    {
        var earliest = Parse(s.Earliest)?.Resolve(today);
        var latest = Parse(s.Latest)?.Resolve(today);
        var monthYear = s.Precision == DatePrecision.MonthYear;
        var found = new List<SampleAnswer>();
        foreach (var offset in Offsets)
        {
            var date = Parse(offset)!.Resolve(today);
            if (monthYear)
            {
                date = new DateOnly(date.Year, date.Month, 1);
            }

            var allowed = (!s.MustBeInPast || date < today) && (!s.MustBeInFuture || date > today)
                && (earliest is null || date >= earliest) && (latest is null || date <= latest);
            if (allowed && (!monthYear || date.AddMonths(1) <= today || !s.MustBeInPast))
            {
                found.Add(Sample(question.Name, date, monthYear));
            }
        }

        return found.Count > 0 ? found : [Sample(question.Name, today, monthYear: false)];
    }

    protected override SampleAnswer? InvalidSample(Question question, DateSettings s) => s.Precision == DatePrecision.MonthYear
        ? new([(question.Name + "-month", "13"), (question.Name + "-year", "2020")], null)
        : new([(question.Name + "-day", "32"), (question.Name + "-month", "13"), (question.Name + "-year", "2020")], null);

    private static SampleAnswer Sample(string name, DateOnly date, bool monthYear) => monthYear
        ? new([(name + "-month", N(date.Month)), (name + "-year", N(date.Year))], date.ToString("yyyy-MM", CultureInfo.InvariantCulture))
        : new([(name + "-day", N(date.Day)), (name + "-month", N(date.Month)), (name + "-year", N(date.Year))], date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);
}
