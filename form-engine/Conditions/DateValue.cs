using System.Globalization;
using System.Text.RegularExpressions;

namespace GovDesign.Forms.Conditions;

/// <summary>
/// A date in a condition or a date setting: absolute (<c>2024-03-31</c>, <c>2024-03</c>),
/// <c>today</c>, or relative to today: a sign, a number and a unit (<c>d</c>ays, <c>w</c>eeks,
/// <c>m</c>onths, <c>y</c>ears), so <c>-18y</c> is the date 18 years ago.
/// </summary>
public sealed partial class DateValue
{
    private readonly DateOnly? _absolute;
    private readonly int _amount;
    private readonly char _unit;

    private DateValue(DateOnly? absolute, int amount, char unit) => (_absolute, _amount, _unit) = (absolute, amount, unit);

    /// <summary>Whether the date depends on today.</summary>
    public bool IsRelative => _absolute is null;

    /// <summary>Reads a date value.</summary>
    /// <param name="text">The text, like <c>-18y</c> or <c>2024-03-31</c>.</param>
    /// <param name="value">The date value.</param>
    /// <returns>Whether the text is a date value.</returns>
    public static bool TryParse(string text, out DateValue value)
    {
        value = null!;
        if (text == "today")
        {
            value = new DateValue(null, 0, 'd');
            return true;
        }

        var relative = Relative().Match(text);
        if (relative.Success && int.TryParse(relative.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            value = new DateValue(null, amount, relative.Groups[2].Value[0]);
            return true;
        }

        if (TryParseAnswer(text, out var date))
        {
            value = new DateValue(date, 0, 'd');
            return true;
        }

        return false;
    }

    /// <summary>Reads a saved date answer, <c>YYYY-MM-DD</c> or <c>YYYY-MM</c> (the first of the month).</summary>
    /// <param name="text">The answer.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is a full or month-and-year date.</returns>
    public static bool TryParseAnswer(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The date this value means on <paramref name="today"/>.</summary>
    /// <param name="today">Today's date.</param>
    /// <returns>The date.</returns>
    public DateOnly Resolve(DateOnly today)
    {
        if (_absolute is { } absolute)
        {
            return absolute;
        }

        // Keep within DateOnly's range so a silly "+9999y" can never throw at run time.
        try
        {
            return _unit switch
            {
                'w' => today.AddDays(7 * _amount),
                'm' => today.AddMonths(_amount),
                'y' => today.AddYears(_amount),
                _ => today.AddDays(_amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return _amount < 0 ? DateOnly.MinValue : DateOnly.MaxValue;
        }
    }

    [GeneratedRegex(@"^([+-][0-9]{1,4})([dwmy])$")]
    private static partial Regex Relative();
}
