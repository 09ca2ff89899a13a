using System.Collections;
using System.Globalization;
using System.Resources;
using GovDesign.Patterns;

namespace GovDesign.Patterns.Tests.Localization;

/// <summary>Every resource file of the patterns library says the same things in English, Welsh and Vietnamese.</summary>
public sealed class ResourceParityTests
{
    private static readonly string[] Translations = ["cy", "vi"];

    private static IEnumerable<ResourceManager> ResourceFiles() =>
        typeof(FieldError).Assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".resources", StringComparison.Ordinal))
            .Select(name => new ResourceManager(name[..^".resources".Length], typeof(FieldError).Assembly));

    private static SortedSet<string> KeysIn(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{resources.BaseName} has no resources for '{culture.Name}'.");
        return new SortedSet<string>(set.Cast<DictionaryEntry>().Select(e => (string)e.Key), StringComparer.Ordinal);
    }

    [Fact]
    public void EveryKey_ExistsInEveryLanguage_AndIsTranslated()
    {
        var problems = new List<string>();
        foreach (var resources in ResourceFiles())
        {
            var english = KeysIn(resources, CultureInfo.InvariantCulture);
            foreach (var culture in Translations.Select(CultureInfo.GetCultureInfo))
            {
                var translated = KeysIn(resources, culture);
                problems.AddRange(english.Except(translated).Select(key => $"{resources.BaseName}: '{key}' is missing in {culture.Name}"));
                problems.AddRange(translated.Except(english).Select(key => $"{resources.BaseName}: '{key}' is in {culture.Name} but not in English"));
                problems.AddRange(english.Intersect(translated)
                    .Where(key => resources.GetString(key, culture)!.Count(c => c == '{') != resources.GetString(key, CultureInfo.InvariantCulture)!.Count(c => c == '{'))
                    .Select(key => $"{resources.BaseName}: '{key}' in {culture.Name} has different placeholders from English"));
            }
        }

        Assert.Empty(problems);
    }
}
