using System.Collections;
using System.Globalization;
using System.Resources;
using GovDesign.Forms.Runner;

namespace GovDesign.Forms.Tests.Runner;

/// <summary>The runner's own words are written in every language it offers.</summary>
public sealed class RunnerTextTests
{
    private static readonly ResourceManager Text = new(typeof(RunnerText));

    [Theory]
    [InlineData("cy")]
    [InlineData("vi")]
    public void RunnerText_EveryEnglishText_IsTranslated(string language)
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var translated = Keys(CultureInfo.GetCultureInfo(language));

        Assert.Empty(english.Except(translated));
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("vi")]
    public void SaveAndReturnTexts_InEachLanguage_AreItsOwnWords(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        foreach (var key in new[] { "SaveAndComeBackLater", "SaveEmailHint", "CheckEmailTitle", "ContinueSavedButton", "LinkExpiredBody", "LinkUsedBody", "LinkUnknownBody", "TooManyLinksBody", "SaveLinkEmailBody" })
        {
            Assert.NotEqual(Text.GetString(key, CultureInfo.InvariantCulture), Text.GetString(key, culture));
        }

        Assert.Contains("{1}", Text.GetString("SaveLinkEmailBody", culture), StringComparison.Ordinal);
        Assert.Contains("{2}", Text.GetString("SaveLinkEmailBody", culture), StringComparison.Ordinal);
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        [.. Text.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
}
