using System.Globalization;

namespace GovDesign.Patterns.Answers;

public sealed partial record DateAnswer
{
    /// <summary>What checking the parts found: the date, or a message and the parts that are wrong (in order).</summary>
    internal sealed record Outcome(DateOnly? Date, string? Message, IReadOnlyList<string> WrongParts);

    /// <summary>Checks the posted parts: present, real, then this answer type's constraints.</summary>
    internal Outcome Check(AnswerQuestion question, DateParts parts)
    {
        var asked = DateParts.Asked(Precision);
        if (parts.Problem is { } problem)
        {
            return Fail(Posted.Problem(question, problem.Rule, 1_000), problem.Part);
        }

        var missing = asked.Where(part => parts.Of(part).Length == 0).ToArray();
        if (missing.Length == asked.Length)
        {
            return question.Required ? Fail(Messages.For(question, "required", "Required.Enter"), asked) : new(null, null, []);
        }

        if (missing.Length > 0)
        {
            return Fail(Messages.For(question, "incomplete", "Date.MustInclude." + string.Join('.', missing)), missing);
        }

        var wrong = asked.Where(part => part switch
        {
            "day" => parts.DayNumber is null,
            "month" => parts.MonthNumber is null,
            _ => parts.YearNumber is null,
        }).ToArray();
        if (wrong is ["year"] && parts.Year.All(char.IsAsciiDigit))
        {
            return Fail(Messages.For(question, "yearFourDigits", "Date.YearFourDigits"), wrong);
        }

        if (wrong.Length > 0)
        {
            return Fail(Messages.For(question, "realDate", "Date.RealDate"), wrong);
        }

        var year = Precision == DatePrecision.DayMonth ? 2000 : parts.YearNumber!.Value;
        var month = parts.MonthNumber!.Value;
        var day = Precision == DatePrecision.MonthYear ? 1 : parts.DayNumber!.Value;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return Fail(Messages.For(question, "realDate", "Date.RealDate"), "day");
        }

        var date = new DateOnly(year, month, day);
        var broken = Precision == DatePrecision.DayMonth ? null : Constraint(question, date);
        return broken is null ? new(date, null, []) : Fail(broken, asked);
    }

    /// <summary>The message for the first constraint the date breaks, or null.</summary>
    private string? Constraint(AnswerQuestion question, DateOnly date)
    {
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        var (from, to) = Precision == DatePrecision.MonthYear ? (date, date.AddMonths(1).AddDays(-1)) : (date, date);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        if (MustBeInPast && (Precision == DatePrecision.MonthYear ? from > thisMonth : from >= today))
        {
            return Messages.For(question, "past", "Date.Past");
        }

        if (MustBeInFuture && (Precision == DatePrecision.MonthYear ? from <= thisMonth : from <= today))
        {
            return Messages.For(question, "future", "Date.Future");
        }

        if (Before is { } before && to >= before)
        {
            return Messages.For(question, "before", "Date.Before", Long(before));
        }

        if (After is { } after && from <= after)
        {
            return Messages.For(question, "after", "Date.After", Long(after));
        }

        if (Earliest is { } earliest && to < earliest)
        {
            return Messages.For(question, "earliest", "Date.OnOrAfter", Limit(earliest));
        }

        if (Latest is { } latest && from > latest)
        {
            return Messages.For(question, "latest", "Date.OnOrBefore", Limit(latest));
        }

        if (AtLeastYearsAgo is { } least && from > today.AddYears(-least))
        {
            return Messages.For(question, "atLeastYearsAgo", "Date.OnOrBefore", Long(today.AddYears(-least)));
        }

        return AtMostYearsAgo is { } most && to < today.AddYears(-most)
            ? Messages.For(question, "atMostYearsAgo", "Date.OnOrAfter", Long(today.AddYears(-most)))
            : null;
    }

    /// <summary>A date as people write it in the current culture: "3 February 2026".</summary>
    internal static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A limit as the citizen reads it: the month and year alone when only those are asked.</summary>
    private string Limit(DateOnly date) =>
        Precision == DatePrecision.MonthYear ? date.ToString("MMMM yyyy", CultureInfo.CurrentCulture) : Long(date);

    private static Outcome Fail(string message, params string[] parts) => new(null, message, parts);
}
