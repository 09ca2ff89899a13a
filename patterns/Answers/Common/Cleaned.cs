using System.Globalization;
using System.Text;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// What a citizen typed, made safe to check: full-width letters, digits and punctuation (typed on
/// some East Asian keyboards) folded to their ordinary forms, every kind of space read as a space,
/// surrounding spaces trimmed, runs of spaces collapsed, and the problem named when it is too long
/// or holds control characters. Nothing else changes: the text is kept as typed, in Unicode's
/// composed form (NFC), so "5²", "½" and "™" stay what they are rather than becoming "52", "1⁄2" and "TM".
/// </summary>
/// <param name="Text">The cleaned text; empty when nothing was typed or there was a problem.</param>
/// <param name="Problem">The rule broken (<c>tooLong</c> or <c>controlCharacters</c>), or null.</param>
internal sealed record Cleaned(string Text, string? Problem)
{
    /// <summary>The most characters read from one box before it is refused unread.</summary>
    public const int HardLimit = 20_000;

    /// <summary>Whether nothing (or only spaces) was typed.</summary>
    public bool IsEmpty => Problem is null && Text.Length == 0;

    /// <summary>Cleans a single-line answer: tabs and line breaks count as spaces.</summary>
    public static Cleaned Line(string? raw, int hardLimit = HardLimit) => Clean(raw, hardLimit, multiLine: false);

    /// <summary>Cleans a multi-line answer: line breaks are kept (as <c>\n</c>), spaces inside each line collapsed.</summary>
    public static Cleaned Block(string? raw, int hardLimit = HardLimit) => Clean(raw, hardLimit, multiLine: true);

    private static Cleaned Clean(string? raw, int hardLimit, bool multiLine)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return new("", null);
        }

        if (raw.Length > hardLimit)
        {
            return new("", "tooLong");
        }

        string text;
        try
        {
            text = FoldFullWidth(raw);
            text = text.IsNormalized() ? text : text.Normalize();
        }
        catch (ArgumentException)
        {
            // Broken UTF-16 (a lone surrogate) cannot come from a browser, but can from code.
            return new("", "controlCharacters");
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (multiLine && c is '\n' or '\r')
            {
                TrimEnd(builder);
                builder.Append('\n');
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else if (char.IsControl(c) || IsInvisibleTrouble(c))
            {
                return new("", "controlCharacters");
            }
            else
            {
                if (pendingSpace && builder.Length > 0 && builder[^1] != '\n')
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        return new(multiLine ? CollapseBlankLines(cleaned) : cleaned, null);
    }

    /// <summary>Full-width forms (U+FF01 to U+FF5E) as the ASCII characters they stand for: "１２３" is "123".</summary>
    private static string FoldFullWidth(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    /// <summary>Characters that reorder or hide text (bidirectional overrides, unassigned code points); joiners stay, as some scripts need them.</summary>
    private static bool IsInvisibleTrouble(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNotAssigned;

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    private static string CollapseBlankLines(string text)
    {
        while (text.Contains("\n\n\n", StringComparison.Ordinal))
        {
            text = text.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }

        return text;
    }
}
