using System.Text.RegularExpressions;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// Welsh joins a short preposition or conjunction to the article or possessive after it: "i" and
/// "eich" are written "i'ch", "o" and "y" are "o'r", "i" and "ei" are "i'w". Messages built from a
/// template and a subject ("Rhaid i {0}" with "eich dyddiad geni") need the join made after the subject
/// is put in, or they read "Rhaid i eich dyddiad geni".
/// </summary>
internal static partial class WelshContractions
{
    /// <summary>The text with every such pair joined.</summary>
    public static string Apply(string text) => Pair().Replace(text, m => m.Groups["before"].Value + Joined(m.Groups["before"].Value, m.Groups["after"].Value));

    private static string Joined(string before, string after) => after switch
    {
        "y" or "yr" => "'r",
        "eich" => "'ch",
        "ein" => "'n",
        "fy" => "'m",
        _ => before == "i" ? "'w" : "'i", // "ei": "i'w", but "a'i", "o'i"
    };

    [GeneratedRegex(@"\b(?<before>i|a|â|o|gyda|efo|tua|na)\s+(?<after>y|yr|eich|ein|ei|fy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();
}
