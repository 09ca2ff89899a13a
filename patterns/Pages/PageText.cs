namespace GovDesign.Patterns.Pages;

/// <summary>
/// The default strings that page patterns show ("Continue", "Check your answers", "Page not found" ...),
/// in English, Welsh and Vietnamese. Resolve them through <c>IStringLocalizer&lt;PageText&gt;</c>;
/// the language follows <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.
/// </summary>
public sealed class PageText
{
    private PageText()
    {
    }
}
