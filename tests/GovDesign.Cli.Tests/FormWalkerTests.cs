using GovDesign.Cli.Audit;
using GovDesign.Cli.Audit.Forms;
using GovDesign.Forms.Loading;
using GovDesign.Tests;

namespace GovDesign.Cli.Tests;

/// <summary>
/// <c>govdesign audit --form</c> over the sample forms: every page reached, every condition taken both ways
/// (measured by <see cref="ConditionSites.Outcomes"/> on the paths the browser really followed: a showIf
/// is true when its page was shown and false when a walk passed its place without it; a next rule's
/// condition is evaluated against the answers the walk gave), error states audited, and no violations.
/// Full coverage runs in the first language; the smallest sample runs in every language it offers, in the
/// same walk (a second walk of it in its first language alone would audit the same states again).
/// </summary>
public sealed class FormWalkerTests
{
    private const string EveryLanguageSample = "report-a-road-problem";

    public static TheoryData<string> Samples() => [.. Directory.GetFiles(SamplesFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Walk_Sample_ReachesEveryPageTakesEveryConditionBothWaysAndFindsNothing(string sample)
    {
        var file = Path.Combine(SamplesFolder, sample + ".json");
        var form = FormLoader.LoadFile(file).Form!;

        IReadOnlyList<string> languages = sample == EveryLanguageSample ? form.Languages : [form.DefaultLanguage];
        Assert.True(sample != EveryLanguageSample || languages.Count > 1, $"{sample} should offer more than one language.");

        var result = await WalkAsync(file, languages);

        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(form.Pages.Select(p => p.Path).Order(StringComparer.Ordinal), result.VisitedPages.Order(StringComparer.Ordinal));
        Assert.NotEmpty(result.ConditionGoals);
        Assert.Empty(result.ConditionsMissed);
        Assert.Contains(result.States, s => s.State == "error-empty");
        Assert.Contains(result.States, s => s.State == "error-invalid");
        Assert.Contains(result.States, s => s.Page == "check-answers");
        Assert.Contains(result.States, s => s.Page == "confirmation");
        Assert.True(result.Audit.Pages.All(p => p.Error is null), string.Join("; ", result.Audit.Pages.Where(p => p.Error is not null).Select(p => $"{p.Url}: {p.Error}")));
        foreach (var language in languages)
        {
            var pages = result.States.Where(s => s.Language == language && s.State == "page").Select(s => s.Page).ToHashSet();
            Assert.Superset(form.Pages.Select(p => p.Path).ToHashSet(), pages);
            Assert.Contains(result.States, s => s.Language == language && s.State.StartsWith("error", StringComparison.Ordinal));
        }

        Assert.True(!result.Audit.Violations.Any(), Describe(result));
    }

    [Fact]
    public async Task Command_WithBrokenDefinition_ExitsWithTwoAndNamesTheLine()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("govdesign-walker-").FullName, "broken.json");
        await File.WriteAllTextAsync(file, "{\n  \"slug\": \"x\",\n  \"pages\": 3\n}\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await Cli.AuditAsync("--form", file);

        Assert.Equal(AuditCommand.CouldNotRun, exit);
        Assert.Matches(@"broken\.json:\d+:\d+: ", error);
    }

    private static Task<FormWalkResult> WalkAsync(string file, IReadOnlyList<string> languages)
    {
        var form = FormLoader.LoadFile(file).Form!;
        var settings = new AuditSettings { Urls = [], ChromiumPath = Cli.ChromiumPath, Concurrency = 2 };
        return new FormWalker(form, file, languages, settings).RunAsync((_, _, _) => { }, TestContext.Current.CancellationToken);
    }

    private static string Describe(FormWalkResult result) => string.Join(Environment.NewLine, result.Audit.Pages.SelectMany(p => p.Violations.Select(v =>
        $"{p.Url} ({p.Title}): {v.RuleId} [{v.Impact}] {v.Help} :: " + string.Join(" | ", v.Nodes.Select(n => $"{n.Selector} {n.Summary}")))));

    private static string SamplesFolder => RepositoryPaths.FormSamples;
}
