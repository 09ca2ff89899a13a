using System.Collections.Concurrent;
using System.Globalization;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>
/// The culture of a page's language, looked up once: <see cref="CultureInfo.GetCultureInfo(string)"/> takes a
/// process-wide lock on every call, which concurrent requests queued on in the runner's profile.
/// </summary>
internal static class PageCulture
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal);

    public static CultureInfo Of(string language) => Cultures.GetOrAdd(language, CultureInfo.GetCultureInfo);

    /// <summary>Sets the current culture and UI culture to the page's language.</summary>
    public static void Use(string language)
    {
        var culture = Of(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
