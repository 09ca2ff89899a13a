namespace GovDesign.Forms.Definitions;

/// <summary>
/// Text the citizen reads, either one string for every language or a string per language
/// (<c>en</c>, <c>cy</c>, <c>vi</c>).
/// </summary>
public sealed class LocalText
{
    private readonly IReadOnlyDictionary<string, string> _byLanguage;
    private readonly string _fallback;

    /// <summary>Text that is the same in every language.</summary>
    /// <param name="text">The text.</param>
    public LocalText(string text)
    {
        _byLanguage = new Dictionary<string, string>();
        _fallback = text;
    }

    /// <summary>Text given per language.</summary>
    /// <param name="byLanguage">The text by language code; must not be empty.</param>
    public LocalText(IReadOnlyDictionary<string, string> byLanguage)
    {
        _byLanguage = byLanguage;
        _fallback = byLanguage.TryGetValue("en", out var english) ? english : byLanguage.Values.FirstOrDefault() ?? "";
    }

    /// <summary>The text by language code; empty when one string serves every language.</summary>
    public IReadOnlyDictionary<string, string> ByLanguage => _byLanguage;

    /// <summary>The text in <paramref name="language"/>, or in English (or the first given) when it is not given.</summary>
    /// <param name="language">A language code, like <c>cy</c>.</param>
    /// <returns>The text.</returns>
    public string In(string language) => _byLanguage.TryGetValue(language, out var text) ? text : _fallback;

    /// <summary>The English (or only) text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _fallback;
}
