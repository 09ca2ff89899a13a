using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace GovDesign.Patterns;

/// <summary>The languages a service can offer, each named in itself, and how a page switches between them.</summary>
public static class ServiceLanguage
{
    /// <summary>The query string key the language switch uses by default: <c>?lang=cy</c>.</summary>
    public const string QueryKey = "lang";

    /// <summary>English, Welsh and Vietnamese, the languages GovDesign speaks.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["en", "cy", "vi"];

    /// <summary>A language's name in that language ("Cymraeg" for <c>cy</c>), or the code when it is not known.</summary>
    /// <param name="code">The language code.</param>
    /// <returns>The name, as a speaker of the language writes it.</returns>
    public static string NameOf(string code) => code switch
    {
        "en" => "English",
        "cy" => "Cymraeg",
        "vi" => "Tiếng Việt",
        _ => NativeName(code),
    };

    private static string NativeName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>The two-letter code of the current UI language.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The default switch address: the same page with <c>?lang=</c> and the code.</summary>
    /// <param name="code">The language code.</param>
    /// <returns>A relative address.</returns>
    public static string DefaultUrl(string code) => $"?{QueryKey}={Uri.EscapeDataString(code)}";

    /// <summary>
    /// A request culture provider that reads <c>?lang=</c>, for <c>RequestLocalizationOptions.RequestCultureProviders</c>,
    /// so that the language switch's default links work.
    /// </summary>
    /// <returns>A provider to insert first in the list.</returns>
    public static IRequestCultureProvider QueryStringProvider() =>
        new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey };
}
