using System.Text.RegularExpressions;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;
using GovDesign.Frontend;
using GovDesign.Site.Examples;
using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Accessibility;

/// <summary>
/// What the browser tests (tests/GovDesign.Browser.Tests) would check if they ran now, worked out without running
/// them, from the same sources their theory data reads: the guidance pages, the examples, the visible
/// govuk-frontend fixtures and the sample forms. Only what the site is made of; never a date, a browser version or
/// which accepted script finding happened to show.
/// </summary>
internal static partial class BrowserTestPlan
{
    /// <summary>The browser tests' sources, from which the tests that record checks are read.</summary>
    public static string Sources => Path.Combine(RepositoryPaths.Root, "tests", "GovDesign.Browser.Tests");

    /// <summary>The command that checks again and rewrites the report, for one test class of the browser tests.</summary>
    public static string RegenerateCommand(string testClass) =>
        $"GOVDESIGN_CHROMIUM=/usr/bin/chromium dotnet test --project tests/GovDesign.Browser.Tests -- --filter-class GovDesign.Browser.Tests.{testClass}, then commit site/Accessibility/{Site.Accessibility.AccessibilityReport.FileName}";

    /// <summary>The guidance pages' addresses, as <c>GuidancePageTests.Pages</c> lists them (without its two extra pages).</summary>
    public static IReadOnlyList<string> GuidancePages { get; } =
        [.. new GuidanceStore(RepositoryPaths.Guidance, RepositoryPaths.FormSamples).Current().Pages.Select(p => p.Url)];

    /// <summary>
    /// The pages each test that loads pages from a catalogue checks with axe, by the test's name (<c>Class.Method</c>):
    /// the kind the report gives them and their addresses. Tests whose pages are written in the test (inline data)
    /// are not here; the report's tests check that their pages still answer.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Kind, IReadOnlySet<string> Addresses)> AxePages { get; } = new Dictionary<string, (string, IReadOnlySet<string>)>
    {
        ["GuidancePageTests.Page_HasNoWcag22AaViolations"] = ("page", Set(GuidancePages.Append("/search?q=colour").Append("/search"))),
        ["ComponentExampleAccessibilityTests.Example_HasNoWcag22AaViolations"] = ("fixture", Set(GovukFrontendPackage.Fixtures.Where(f => !f.Hidden).Select(Catalogue.Url))),
        ["ComponentHandWrittenExampleTests.Example_HasNoWcag22AaViolations"] = ("example", Examples("components/")),
        ["AnswerExampleAccessibilityTests.Example_HasNoWcag22AaViolations"] = ("example", Examples("answers/")),
        ["PatternExampleAccessibilityTests.Example_HasNoWcag22AaViolations"] = ("example", Examples("patterns/")),
    };

    /// <summary>The pages the reflow test checks for reflow and for text spacing: every guidance page, a search and the page-not-found page.</summary>
    public const string ReflowTest = "GuidancePageTests.Page_ReflowsAt320CssPixelsWithoutScrollingSideways";

    /// <summary>The addresses <see cref="ReflowTest"/> records.</summary>
    public static IReadOnlySet<string> ReflowPages { get; } = Set(GuidancePages.Append("/search?q=colour").Append("/404"));

    /// <summary>The test that walks every page of every sample form in each of its languages.</summary>
    public const string SampleFormsTest = "FormRunnerAccessibilityTests.EveryPage_FirstErrorAndFilledStates_HaveNoAxeViolations";

    /// <summary>The sample forms, each with the languages the walk runs in.</summary>
    public static IReadOnlyList<FormDefinition> SampleForms { get; } =
        [.. Directory.GetFiles(RepositoryPaths.FormSamples, "*.json").Order(StringComparer.Ordinal).Select(f => FormLoader.LoadFile(f).Form!)];

    /// <summary>
    /// The pages of a sample form that the walk must reach whatever it answers: those with no condition, not exit pages,
    /// before the first page that may jump ahead (a <c>next</c> rule), which the walk's answers decide.
    /// </summary>
    public static IEnumerable<string> CertainPages(FormDefinition form) =>
        form.Pages.OrderBy(p => p.Index).TakeWhile(p => p.Next.Count == 0).Where(p => p.ShowIf is null && !p.IsExit).Select(p => p.Path);

    /// <summary>
    /// Whether an address the walk recorded (<c>/slug/...</c>) is a page the form has now: its start page, a page of its
    /// definition (or an item of a repeating page), its task list or a task, check answers or the confirmation.
    /// </summary>
    public static bool IsPageOf(FormDefinition form, string address)
    {
        var rest = address[(form.Slug.Length + 2)..].TrimEnd('/');
        if (rest is "" or "check-answers" or "confirmation" or "tasks")
        {
            return true;
        }

        if (rest.StartsWith("tasks/", StringComparison.Ordinal))
        {
            return form.Pages.Any(p => p.Section?.Id == rest["tasks/".Length..]);
        }

        var item = RepeatItem().Match(rest);
        var path = item.Success ? item.Groups["path"].Value : rest;
        return form.Pages.Any(p => p.Path == path && (!item.Success || p.Repeat is not null));
    }

    /// <summary>
    /// The browser tests that record checks, as <c>Class.Method</c>: each test method whose body runs axe
    /// (<c>AssertAccessibleAsync</c>) or records another check (<c>AccessibilityResults.Passed</c>).
    /// </summary>
    public static IReadOnlySet<string> RecordingTests()
    {
        var tests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Sources, "*.cs"))
        {
            var source = File.ReadAllText(file);
            var methods = TestMethod().Matches(source);
            for (var i = 0; i < methods.Count; i++)
            {
                var end = i + 1 < methods.Count ? methods[i + 1].Index : source.Length;
                var body = source[methods[i].Index..end];
                if (body.Contains("AssertAccessibleAsync(", StringComparison.Ordinal) || body.Contains("AccessibilityResults.Passed(", StringComparison.Ordinal))
                {
                    tests.Add($"{Path.GetFileNameWithoutExtension(file)}.{methods[i].Groups["name"].Value}");
                }
            }
        }

        return tests;
    }

    private static IReadOnlySet<string> Examples(string prefix) => Set(ExampleCatalogue.All.Where(e => e.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Url));

    private static HashSet<string> Set(IEnumerable<string> addresses) => addresses.ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"public async Task (?<name>\w+)\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"^(?<path>.+)/\d+$")]
    private static partial Regex RepeatItem();
}
