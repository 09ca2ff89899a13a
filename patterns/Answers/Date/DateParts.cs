using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>The parts of a date as posted, cleaned, and what is wrong with them.</summary>
/// <param name="Day">The day box, cleaned (empty when not asked).</param>
/// <param name="Month">The month box, cleaned.</param>
/// <param name="Year">The year box, cleaned.</param>
/// <param name="Problem">A cleaning problem and the part it is in, if any.</param>
internal sealed record DateParts(string Day, string Month, string Year, (string Part, string Rule)? Problem)
{
    /// <summary>The parts a precision asks for, in order.</summary>
    public static string[] Asked(DatePrecision precision) => precision switch
    {
        DatePrecision.MonthYear => ["month", "year"],
        DatePrecision.DayMonth => ["day", "month"],
        _ => ["day", "month", "year"],
    };

    /// <summary>Reads the boxes of <paramref name="name"/>; a whole date typed in the first box is split into its parts.</summary>
    public static DateParts Read(IFormCollection form, string name, DatePrecision precision)
    {
        var values = new Dictionary<string, string>();
        foreach (var part in Asked(precision))
        {
            var cleaned = Cleaned.Line(Posted.Value(form, $"{name}-{part}"), 1_000);
            if (cleaned.Problem is not null)
            {
                return new("", "", "", (part, cleaned.Problem));
            }

            values[part] = cleaned.Text;
        }

        var parts = new DateParts(values.GetValueOrDefault("day", ""), values.GetValueOrDefault("month", ""), values.GetValueOrDefault("year", ""), null);
        return parts.SplitWholeDate(precision);
    }

    /// <summary>The text of one part.</summary>
    public string Of(string part) => part switch { "day" => Day, "month" => Month, _ => Year };

    /// <summary>The day 1 to 31, or null.</summary>
    public int? DayNumber => Day.Length is 1 or 2 && Day.All(char.IsAsciiDigit) && int.Parse(Day, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var d ? d : null;

    /// <summary>The month 1 to 12, from a number or a name, or null.</summary>
    public int? MonthNumber => MonthNames.Parse(Month);

    /// <summary>The year, when it has four digits, or null.</summary>
    public int? YearNumber => Year.Length == 4 && Year.All(char.IsAsciiDigit) && int.Parse(Year, CultureInfo.InvariantCulture) is >= 1000 and var y ? y : null;

    /// <summary>
    /// "3 Feb 2026", "03/02/2026" or "2026-02-03" typed in the first box, the others empty, is read
    /// as the whole date.
    /// </summary>
    private DateParts SplitWholeDate(DatePrecision precision)
    {
        var asked = Asked(precision);
        var first = Of(asked[0]);
        if (first.Length < 3 || asked.Skip(1).Any(part => Of(part).Length > 0))
        {
            return this;
        }

        var tokens = Tokens(first);
        if (tokens.Count == 3 && tokens[0].Length == 4 && tokens[0].All(char.IsAsciiDigit) && precision == DatePrecision.Full)
        {
            return this with { Year = tokens[0], Month = tokens[1], Day = tokens[2] };
        }

        return (precision, tokens.Count) switch
        {
            (DatePrecision.Full, 3) => this with { Day = tokens[0], Month = tokens[1], Year = tokens[2] },
            (DatePrecision.MonthYear, 2) => this with { Month = tokens[0], Year = tokens[1] },
            (DatePrecision.DayMonth, 2) => this with { Day = tokens[0], Month = tokens[1] },
            _ => this,
        };
    }

    /// <summary>Splits on spaces, slashes, hyphens, full stops and commas, keeping "tháng 2" together.</summary>
    private static List<string> Tokens(string text)
    {
        var raw = text.Split([' ', '/', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>();
        for (var i = 0; i < raw.Length; i++)
        {
            var isPrefix = raw[i].Equals("tháng", StringComparison.OrdinalIgnoreCase) || raw[i].Equals("thg", StringComparison.OrdinalIgnoreCase);
            tokens.Add(isPrefix && i + 1 < raw.Length ? $"{raw[i]} {raw[++i]}" : raw[i]);
        }

        return tokens;
    }
}
