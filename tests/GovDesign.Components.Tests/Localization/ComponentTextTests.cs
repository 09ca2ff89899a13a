using System.Collections;
using System.Globalization;
using System.Resources;
using GovDesign.Components.Localization;

namespace GovDesign.Components.Tests.Localization;

public sealed class ComponentTextTests
{
    private static readonly ResourceManager Resources = new(typeof(ComponentText).FullName!, typeof(ComponentText).Assembly);

    private static SortedSet<string> KeysIn(string culture)
    {
        var set = Resources.GetResourceSet(culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources compiled for '{culture}'.");
        return new SortedSet<string>(set.Cast<DictionaryEntry>().Select(e => (string)e.Key), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("vi")]
    public void EveryEnglishKey_IsTranslated_AndNoOtherKeyExists(string culture)
    {
        var english = KeysIn("");
        var translated = KeysIn(culture);

        Assert.Empty(english.Except(translated));
        Assert.Empty(translated.Except(english));
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("vi")]
    public void Translations_DifferFromEnglish_ExceptWebAddresses(string culture)
    {
        var untranslated = KeysIn("")
            .Where(key => !Uri.IsWellFormedUriString(Resources.GetString(key, CultureInfo.InvariantCulture), UriKind.Absolute))
            .Where(key => Resources.GetString(key, CultureInfo.InvariantCulture) == Resources.GetString(key, CultureInfo.GetCultureInfo(culture)))
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void PlaceholdersOfEnglish_AreKeptByEveryTranslation()
    {
        foreach (var key in KeysIn(""))
        {
            var english = Resources.GetString(key, CultureInfo.InvariantCulture)!;
            foreach (var culture in new[] { "cy", "vi" })
            {
                var translation = Resources.GetString(key, CultureInfo.GetCultureInfo(culture))!;
                foreach (var placeholder in new[] { "%{count}", "{0}" }.Where(english.Contains))
                {
                    Assert.True(translation.Contains(placeholder, StringComparison.Ordinal), $"{key} in {culture} lost {placeholder}: {translation}");
                }
            }
        }
    }
}
