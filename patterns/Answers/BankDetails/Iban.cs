namespace GovDesign.Patterns.Answers;

/// <summary>The shape and check digits of an international bank account number (ISO 13616).</summary>
internal static class Iban
{
    /// <summary>
    /// Whether <paramref name="compact"/> (upper case, no spaces) is shaped as an IBAN: two letters for the
    /// country, two check digits, then 11 to 30 letters and digits (the shortest IBAN has 15 characters, the longest 34).
    /// </summary>
    public static bool IsShaped(string compact) =>
        compact.Length is >= 15 and <= 34
        && char.IsAsciiLetterUpper(compact[0]) && char.IsAsciiLetterUpper(compact[1])
        && char.IsAsciiDigit(compact[2]) && char.IsAsciiDigit(compact[3])
        && compact.Skip(4).All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>
    /// Whether the check digits hold: the first four characters moved to the end, each letter read as
    /// a number from 10 (A) to 35 (Z), the whole number leaves 1 when divided by 97.
    /// </summary>
    public static bool ChecksOut(string compact)
    {
        var remainder = 0;
        foreach (var c in compact[4..] + compact[..4])
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value < 10 ? ((remainder * 10) + value) % 97 : ((remainder * 100) + value) % 97;
        }

        return remainder == 1;
    }

    /// <summary>The IBAN in groups of four, as it is printed: <c>GB33 BUKB 2020 ...</c>.</summary>
    public static string Printed(string compact) =>
        string.Join(' ', Enumerable.Range(0, (compact.Length + 3) / 4).Select(i => compact.Substring(i * 4, Math.Min(4, compact.Length - (i * 4)))));
}
