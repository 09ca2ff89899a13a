using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using GovDesign.Cli.Audit;
using GovDesign.Site.Accessibility;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// What this run's accessibility checks found, gathered as the tests run (in parallel) and written out by
/// <see cref="AccessibilityReportWriter"/> at the end: each passed axe check, and each keyboard, focus, reflow
/// and text-spacing check, under the test that made it. A check is recorded only after it passed.
/// </summary>
internal static class AccessibilityResults
{
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, AxeCheck>> Axe = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, OtherCheck>> Other = new(StringComparer.Ordinal);
    private static readonly SemaphoreSlim EngineNoted = new(1, 1);

    public static string AxeVersion { get; private set; } = "";

    public static string Browser { get; private set; } = "";

    public static IReadOnlyList<string> Rules { get; private set; } = [];

    public static bool IsEmpty => Axe.IsEmpty && Other.IsEmpty;

    /// <summary>The tests that recorded something in this run.</summary>
    public static IReadOnlySet<string> Tests => Axe.Keys.Concat(Other.Keys).ToHashSet(StringComparer.Ordinal);

    /// <summary>Records a page that passed axe; <paramref name="accepted"/> are the accepted findings' rules on it.</summary>
    public static void Passed(string kind, Uri address, string language, string? state, string? component, IEnumerable<string> accepted)
    {
        // A govuk-frontend example's component is in its address: /components/{component}/{example} or /examples/fixtures/{component}/{example}.
        var segments = address.AbsolutePath.Split('/');
        component ??= kind == "fixture" ? segments[^2] : null;
        // A save-and-return link's token is new in every run: the report names the page, not the token.
        // Only that segment: a long example name (/components/accordion/with-long-content-and-description) is not a token.
        var path = Regex.Replace(address.PathAndQuery, "/save-and-return/[A-Za-z0-9_-]{32,}", "/save-and-return/{token}");
        var check = new AxeCheck(kind, path, language, state, component, [.. accepted.Distinct().Order(StringComparer.Ordinal)]);
        Axe.GetOrAdd(CurrentTest, _ => new(StringComparer.Ordinal))[$"{kind}|{check.Address}|{language}|{state}"] = check;
    }

    /// <summary>Records a keyboard, focus, reflow or text-spacing check that passed; <paramref name="notFoundPage"/> marks the page-not-found page.</summary>
    public static void Passed(string kind, string address, string what, bool notFoundPage = false) =>
        Other.GetOrAdd(CurrentTest, _ => new(StringComparer.Ordinal))[$"{kind}|{address}"] = new OtherCheck(kind, address, what, notFoundPage);

    /// <summary>The axe version, the browser and the rules the tags select, from the first checked page.</summary>
    public static async Task NoteEngineAsync(IPage page, AxeResult results)
    {
        if (Rules.Count > 0)
        {
            return;
        }

        await EngineNoted.WaitAsync();
        try
        {
            if (Rules.Count == 0)
            {
                AxeVersion = results.TestEngine?.Version ?? "";
                Browser = $"Chromium {page.Context.Browser?.Version}".Trim();
                Rules = [.. (await page.EvaluateAsync<string[]>("tags => axe.getRules(tags).map(r => r.ruleId)", AuditSettings.DefaultTags.ToArray()))
                    .Order(StringComparer.Ordinal)];
            }
        }
        finally
        {
            EngineNoted.Release();
        }
    }

    /// <summary>This run's results, each test's checks in a stable order.</summary>
    public static IReadOnlyList<TestResults> Results() =>
    [
        .. Tests.Order(StringComparer.Ordinal).Select(test => new TestResults(
            test,
            [.. (Axe.GetValueOrDefault(test)?.Values ?? []).OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Address, StringComparer.Ordinal)
                .ThenBy(c => c.Language, StringComparer.Ordinal).ThenBy(c => c.State, StringComparer.Ordinal)],
            [.. (Other.GetValueOrDefault(test)?.Values ?? []).OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Address, StringComparer.Ordinal)])),
    ];

    /// <summary>The kind of a page of the docs site, from its address.</summary>
    public static string KindOf(Uri address)
    {
        var path = address.AbsolutePath;
        if (path.StartsWith("/examples/fixtures/", StringComparison.Ordinal)
            || (path.StartsWith("/components/", StringComparison.Ordinal) && path.Count(c => c == '/') == 3))
        {
            return "fixture";
        }

        return path.StartsWith("/examples/", StringComparison.Ordinal) ? "example" : "page";
    }

    private static string CurrentTest
    {
        get
        {
            var context = TestContext.Current;
            var type = context.TestClass?.TestClassName ?? "Unknown";
            return $"{type[(type.LastIndexOf('.') + 1)..]}.{context.TestMethod?.MethodName ?? "Unknown"}";
        }
    }
}
