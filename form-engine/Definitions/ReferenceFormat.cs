using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GovDesign.Forms.Definitions;

/// <summary>
/// The format of submission reference numbers, like <c>RB-{yyyy}-{random:6}</c>: literal text and
/// the tokens <c>{yyyy}</c>, <c>{yy}</c>, <c>{mm}</c>, <c>{dd}</c> and <c>{random:N}</c>.
/// </summary>
public sealed partial class ReferenceFormat
{
    // No 0/O or 1/I, so a reference read over the phone is not misheard.
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>The format used when a form gives none.</summary>
    public static readonly ReferenceFormat Default = new("{random:8}");

    /// <summary>Creates a format.</summary>
    /// <param name="format">The format string.</param>
    public ReferenceFormat(string format)
    {
        Format = format;
        RandomCharacters = Token().Matches(format).Where(m => m.Groups[2].Success).Sum(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The format string.</summary>
    public string Format { get; }

    /// <summary>How many random characters a reference has in all.</summary>
    public int RandomCharacters { get; }

    /// <summary>Makes a reference for a submission made at <paramref name="at"/>.</summary>
    /// <param name="at">When the submission was made.</param>
    /// <returns>A new reference.</returns>
    public string Generate(DateTimeOffset at) => Token().Replace(Format, match => match.Groups[1].Value switch
    {
        "yyyy" => at.ToString("yyyy", CultureInfo.InvariantCulture),
        "yy" => at.ToString("yy", CultureInfo.InvariantCulture),
        "mm" => at.ToString("MM", CultureInfo.InvariantCulture),
        "dd" => at.ToString("dd", CultureInfo.InvariantCulture),
        _ => Random(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)),
    });

    private static string Random(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>The format string.</summary>
    /// <returns>The format.</returns>
    public override string ToString() => Format;

    [GeneratedRegex(@"\{(yyyy|yy|mm|dd|random:([0-9]{1,2}))\}")]
    private static partial Regex Token();
}
