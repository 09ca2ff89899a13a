using System.Text.RegularExpressions;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// The UK National Insurance number: two prefix letters, six digits and a suffix A to D. The
/// prefix letters D, F, I, Q, U and V are never used, O is never second, and the prefixes BG, GB,
/// KN, NK, NT, TN and ZZ are not issued. Written as "AB 12 34 56 C".
/// </summary>
internal static partial class NationalInsuranceNumber
{
    private static readonly string[] NotIssued = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

    /// <summary>The number written canonically, or null when it is not a valid National Insurance number.</summary>
    public static string? Canonical(string compact)
    {
        if (!Shape().IsMatch(compact) || NotIssued.Contains(compact[..2], StringComparer.Ordinal))
        {
            return null;
        }

        return $"{compact[..2]} {compact[2..4]} {compact[4..6]} {compact[6..8]} {compact[8]}";
    }

    [GeneratedRegex("^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
