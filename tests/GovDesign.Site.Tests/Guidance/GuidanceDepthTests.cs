using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>
/// Every component and pattern page is deep enough to design from: a floor of words and the same
/// sections, by the same names, on each page (issue 17).
/// </summary>
public sealed class GuidanceDepthTests
{
    private const int ComponentWords = 600;
    private const int PatternWords = 700;

    private static readonly string[] Required =
        ["When to use it", "When not to use it", "How it works", "Error messages", "Accessibility", "Known issues and gaps", "Research"];

    /// <summary>Components people type or choose an answer in: their error messages come with a table of problems and messages.</summary>
    private static readonly string[] InputComponents =
        ["character-count", "checkboxes", "date-input", "file-upload", "input", "password-input", "radios", "select", "textarea"];

    public static TheoryData<string> ComponentPages => Pages("components");

    public static TheoryData<string> PatternPages => Pages("patterns");

    [Theory]
    [MemberData(nameof(ComponentPages))]
    public void ComponentPage_HasTheWordsAndSections(string page) => AssertDepth(page, ComponentWords);

    [Theory]
    [MemberData(nameof(PatternPages))]
    public void PatternPage_HasTheWordsAndSections(string page) => AssertDepth(page, PatternWords);

    [Fact]
    public void Pages_AreFound()
    {
        Assert.True(ComponentPages.Count >= 39, $"only {ComponentPages.Count} component pages found");
        Assert.True(PatternPages.Count >= 10, $"only {PatternPages.Count} pattern pages found");
    }

    [Theory]
    [MemberData(nameof(InputComponentPages))]
    public void InputComponentPage_ErrorMessagesGiveAMessageForEachProblem(string page)
    {
        var prose = GuidanceProse.Read(Path(page));

        var rows = prose.TableRows("Error messages");
        Assert.True(rows >= 3, $"{page}: \"Error messages\" has {rows} rows of problem and message; it needs a table with one row per kind of error (at least 3)");
    }

    public static TheoryData<string> InputComponentPages => [.. InputComponents.Select(c => $"components/{c}.md")];

    [Theory]
    [InlineData("components/radios.md", "aria-allowed-attr")]
    [InlineData("components/accordion.md", "label-content-name-mismatch")]
    [InlineData("components/file-upload.md", "label-content-name-mismatch")]
    public void KnownIssues_NameTheAcceptedScriptFinding(string page, string rule)
    {
        var prose = GuidanceProse.Read(Path(page));

        Assert.Contains(rule, prose.SectionText("Known issues and gaps"), StringComparison.Ordinal);
    }

    [Fact]
    public void CharacterCount_TeachesCountTypeWords_AndMentionsMaxwordsOnlyToWarnAgainstIt()
    {
        var howItWorks = GuidanceProse.Read(Path("components/character-count.md")).SectionText("How it works");

        Assert.Contains("CountType", howItWorks, StringComparison.Ordinal);
        var sentences = System.Text.RegularExpressions.Regex.Split(howItWorks, @"(?<=[.!?])\s+");
        Assert.All(sentences.Where(s => s.Contains("Maxwords", StringComparison.Ordinal)),
            s => Assert.StartsWith("Do not use Maxwords", s.Trim(), StringComparison.Ordinal));
    }

    private static void AssertDepth(string page, int floor)
    {
        var prose = GuidanceProse.Read(Path(page));

        var missing = Required.Where(s => !prose.Sections.Contains(s)).ToList();
        var problems = new List<string>();
        if (prose.Words < floor)
        {
            problems.Add($"{prose.Words} words of prose, fewer than {floor}");
        }

        if (missing.Count > 0)
        {
            problems.Add($"no \"## {string.Join("\", \"## ", missing)}\"");
        }

        Assert.True(problems.Count == 0, $"{page}: {string.Join("; ", problems)}");
    }

    private static TheoryData<string> Pages(string folder) =>
    [
        .. Directory.GetFiles(System.IO.Path.Combine(GovDesign.Tests.RepositoryPaths.Guidance, folder), "*.md")
            .Where(f => System.IO.Path.GetFileName(f) != "index.md")
            .Select(f => $"{folder}/{System.IO.Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal),
    ];

    private static string Path(string page) => System.IO.Path.Combine(GovDesign.Tests.RepositoryPaths.Guidance, page);
}
