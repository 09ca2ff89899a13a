using System.Text;

namespace GovDesign.Frontend;

/// <summary>Lower-case, hyphenated names for URLs.</summary>
public static class Slugs
{
    /// <summary>Turns "With hint and error" into "with-hint-and-error".</summary>
    /// <param name="text">Any text.</param>
    /// <returns>Letters and digits, lower case, joined by single hyphens.</returns>
    public static string Of(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
