using System.Globalization;
using System.Resources;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// The default messages and words of the answer types ("Enter {0}", "Yes", "Day" ...), in English,
/// Welsh and Vietnamese, following <see cref="CultureInfo.CurrentUICulture"/>. Also resolvable
/// through <c>IStringLocalizer&lt;AnswerText&gt;</c>.
/// </summary>
public sealed class AnswerText
{
    private static readonly ResourceManager Resources = new(typeof(AnswerText).FullName!, typeof(AnswerText).Assembly);

    /// <summary>The string with this key in the current UI language; the key itself when it is missing.</summary>
    /// <param name="key">The resource key, such as <c>Required.Enter</c>.</param>
    /// <returns>The localised string.</returns>
    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>
    /// The string with this key, with its placeholders filled in the current culture; in Welsh, with the
    /// contractions the filled-in words call for ("Rhaid i" and "eich enw" make "Rhaid i'ch enw").
    /// </summary>
    /// <param name="key">The resource key.</param>
    /// <param name="args">The values of <c>{0}</c>, <c>{1}</c> ...</param>
    /// <returns>The localised, formatted string.</returns>
    public static string Format(string key, params object?[] args)
    {
        var text = string.Format(CultureInfo.CurrentCulture, Get(key), args);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy" ? WelshContractions.Apply(text) : text;
    }
}
