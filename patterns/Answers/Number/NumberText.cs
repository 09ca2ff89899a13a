using System.Globalization;
using System.Text.RegularExpressions;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// Reads a number as people type it: spaces anywhere, commas between groups of three digits,
/// a leading plus or minus, a decimal point. Anything else is not a number.
/// </summary>
internal static partial class NumberText
{
    /// <summary>The number, or null when the text is not one.</summary>
    public static decimal? Parse(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace('\u2212', '-');
        if (compact.Length is 0 or > 40 || !Shape().IsMatch(compact))
        {
            return null;
        }

        return decimal.TryParse(compact.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>How many decimal places were typed (trailing zeros count: "1.50" has two).</summary>
    public static int DecimalPlaces(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>
    /// Checks a parsed number against decimal places and limits; the message, or null. Limits are
    /// written by <paramref name="format"/>.
    /// </summary>
    public static string? Check(AnswerQuestion question, decimal value, int decimalPlaces, decimal? minimum, decimal? maximum, Func<decimal, string> format, string wholeKey)
    {
        if (DecimalPlaces(value) > decimalPlaces && decimal.Round(value, decimalPlaces) != value)
        {
            return decimalPlaces == 0
                ? Messages.For(question, "wholeNumber", wholeKey)
                : Messages.For(question, "decimalPlaces", "Number.DecimalPlaces", decimalPlaces);
        }

        if (minimum is { } min && value < min)
        {
            return Messages.For(question, "minimum", "Number.Minimum", format(min));
        }

        return maximum is { } max && value > max ? Messages.For(question, "maximum", "Number.Maximum", format(max)) : null;
    }

    [GeneratedRegex(@"^[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
