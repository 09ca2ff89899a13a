using System.Text;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// Turns XGov names and paths (camelCase, "/paths", designer ids) into GovDesign names (lower-case
/// letters, digits and single hyphens, starting with a letter), unique within one set.
/// </summary>
internal sealed class Names(IEnumerable<string>? reserved = null)
{
    private readonly HashSet<string> _taken = new(reserved ?? [], StringComparer.Ordinal);

    /// <summary>A unique name made from <paramref name="source"/>, with -2, -3 ... when it is taken; <paramref name="fallback"/> when nothing usable is left.</summary>
    public string Unique(string? source, string fallback)
    {
        var name = Kebab(source) is { Length: > 0 } kebab ? kebab : fallback;
        var candidate = name;
        for (var i = 2; !_taken.Add(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }

    /// <summary>
    /// The kebab-case form: "ukPassport" gives "uk-passport", "/Date Of Birth" gives "date-of-birth",
    /// "P6Q2" gives "p6q2". Letters outside ASCII are dropped; a leading digit gets "q-" before it.
    /// </summary>
    public static string Kebab(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "";
        }

        var builder = new StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(source[i - 1]))
            {
                builder.Append('-');
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var words = builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var kebab = string.Join('-', words.Take(8));
        return kebab.Length > 0 && !char.IsAsciiLetter(kebab[0]) ? "q-" + kebab : kebab;
    }

    /// <summary>Whether <paramref name="name"/> looks like an id the XGov designer generated (six random letters, like "IjcnGk"), which says nothing to a reader.</summary>
    public static bool IsGenerated(string name) =>
        name.Length is 5 or 6 && name.All(char.IsAsciiLetterOrDigit) && name.Any(char.IsAsciiLetterUpper) && name.Any(char.IsAsciiLetterLower)
        && !name.Skip(1).All(char.IsAsciiLetterLower);

    /// <summary>How many letters must be added, removed or changed to turn <paramref name="a"/> into <paramref name="b"/> (Levenshtein distance).</summary>
    public static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
