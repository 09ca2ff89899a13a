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
}
