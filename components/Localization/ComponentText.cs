using System.Globalization;

namespace GovDesign.Components.Localization;

/// <summary>
/// The default strings that components show ("Back", "Warning", "There is a problem" ...), in
/// English, Welsh and Vietnamese. Resolve them through <c>IStringLocalizer&lt;ComponentText&gt;</c>;
/// the language follows <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public sealed class ComponentText
{
    /// <summary>
    /// Whether the current UI language is English, govuk-frontend's own. Components then leave out
    /// the <c>data-i18n.*</c> attributes that only repeat govuk-frontend's built-in English.
    /// </summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en" or "iv";
}
