using System.Text.RegularExpressions;

namespace GovDesign.Patterns.Answers;

/// <summary>UK postcodes: checked against the shapes Royal Mail uses and written as "SW1A 1AA".</summary>
internal static partial class UkPostcode
{
    /// <summary>The postcode upper-cased with one space before the last three characters, or null when it is not a UK postcode.</summary>
    public static string? Format(string text)
    {
        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-')]).ToUpperInvariant();
        return compact.Length is >= 5 and <= 7 && Shape().IsMatch(compact) ? $"{compact[..^3]} {compact[^3..]}" : null;
    }

    [GeneratedRegex(@"^(?:GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[0-9][ABD-HJLNP-UW-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
