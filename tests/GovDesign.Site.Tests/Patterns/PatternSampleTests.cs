using System.Text.RegularExpressions;
using GovDesign.Forms.Loading;

namespace GovDesign.Site.Tests.Patterns;

/// <summary>The form definitions that pattern pages give as samples load as they are, with nothing to warn about.</summary>
public sealed partial class PatternSampleTests
{
    [Fact]
    public void CheckAServiceIsSuitable_SampleLoads_WithAnExitPageItsQuestionLeadsTo()
    {
        var json = JsonBlock("patterns/check-a-service-is-suitable.md");

        var result = FormLoader.Load(json);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var exit = Assert.Single(result.Form!.Pages, p => p.IsExit);
        Assert.Equal("sea-fishing", exit.Path);
        Assert.Equal(["en", "cy", "vi"], result.Form.Languages);
    }

    private static string JsonBlock(string page)
    {
        var markdown = File.ReadAllText(Path.Combine(GovDesign.Tests.RepositoryPaths.Guidance, page));
        return Assert.Single(JsonFence().Matches(markdown)).Groups[1].Value;
    }

    [GeneratedRegex(@"^```json\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex JsonFence();
}
