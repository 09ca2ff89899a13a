using System.Globalization;
using System.Text;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// Month numbers from what people type: 1 to 12 (with or without a leading zero), and month names
/// and abbreviations in English, Welsh (with the soft mutations, as in "o Fawrth") and Vietnamese
/// ("tháng 2", "thg 2", "tháng hai", "tháng Giêng"), in any case, with or without accents.
/// </summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Names = Build();

    /// <summary>The month 1 to 12, or null when the text is not a month.</summary>
    public static int? Parse(string text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        if (key.All(char.IsAsciiDigit))
        {
            return key.Length <= 2 && int.Parse(key, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month ? month : null;
        }

        return Names.TryGetValue(key, out var named) ? named : null;
    }

    /// <summary>Lower case, accents removed, full stops dropped, "tháng"/"thg"/"t" prefixes removed from numbers.</summary>
    private static string Key(string text)
    {
        var lower = text.Trim().TrimEnd('.').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == 'đ' ? 'd' : c);
            }
        }

        var key = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var prefix in new[] { "thang ", "thg ", "thg", "t" })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key[prefix.Length..].All(char.IsAsciiDigit) && key.Length > prefix.Length)
            {
                return key[prefix.Length..];
            }
        }

        return key;
    }

    private static Dictionary<string, int> Build()
    {
        string[][] names =
        [
            ["january", "jan", "ionawr", "ion", "thang mot", "thang gieng", "gieng"],
            ["february", "feb", "chwefror", "chwef", "thang hai"],
            ["march", "mar", "mawrth", "maw", "fawrth", "thang ba"],
            ["april", "apr", "ebrill", "ebr", "thang tu", "thang bon"],
            ["may", "mai", "fai", "thang nam"],
            ["june", "jun", "mehefin", "meh", "fehefin", "thang sau"],
            ["july", "jul", "gorffennaf", "gorff", "orffennaf", "thang bay"],
            ["august", "aug", "awst", "thang tam"],
            ["september", "sep", "sept", "medi", "fedi", "thang chin"],
            ["october", "oct", "hydref", "hyd", "thang muoi"],
            ["november", "nov", "tachwedd", "tach", "thang muoi mot"],
            ["december", "dec", "rhagfyr", "rhag", "thang muoi hai", "thang chap", "chap"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                map[name] = i + 1;
            }
        }

        return map;
    }
}
