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

        var best = Common.Select(known => (known, distance: Distance(domain, known))).MinBy(pair => pair.distance);
        var allowed = domain.Length >= 10 ? 2 : 1;
        return best.distance <= allowed ? best.known : null;
    }

    /// <summary>Edits between two strings, a swap of neighbours counting as one (optimal string alignment).</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return 3;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
