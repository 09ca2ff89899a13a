namespace GovDesign.Patterns.Answers;

/// <summary>
/// Suggests the domain someone probably meant when theirs is one or two keystrokes away from a
/// common email provider ("gmial.com" → "gmail.com") or ends in a mistyped ".con".
/// </summary>
internal static class EmailTypos
{
    private static readonly string[] Common =
    [
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com", "live.co.uk",
        "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "aol.com", "btinternet.com", "protonmail.com",
        "proton.me", "msn.com", "sky.com", "virginmedia.com", "talktalk.net", "mail.com", "gmx.com",
    ];

    private static readonly (string Wrong, string Right)[] Endings =
    [
        (".con", ".com"), (".cmo", ".com"), (".comm", ".com"), (".vom", ".com"), (".co.k", ".co.uk"), (".couk", ".co.uk"), (".co.uj", ".co.uk"), (".cim", ".com"),
    ];

    /// <summary>The domain probably meant, or null when the domain looks right or unknown.</summary>
    public static string? Suggest(string domain)
    {
        if (Common.Contains(domain, StringComparer.Ordinal))
        {
            return null;
        }

        foreach (var (wrong, right) in Endings)
        {
            if (domain.EndsWith(wrong, StringComparison.Ordinal))
            {
                var fixedEnding = domain[..^wrong.Length] + right;
                return Suggest(fixedEnding) ?? fixedEnding;
            }
        }

        var allowed = domain.Length >= 10 ? 2 : 1;
        var best = Common.Where(known => Math.Abs(known.Length - domain.Length) <= allowed)
            .Select(known => (known, distance: EditDistance.Between(domain, known))).MinBy(pair => pair.distance);
        return best.known is not null && best.distance <= allowed ? best.known : null;
    }
}
