using System.Text.Json;
using System.Xml.Linq;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovDesign.Cli.Audit;
using Microsoft.Playwright;

namespace GovDesign.Cli.Tests;

/// <summary>The four reports of the shared audit parse and carry its findings; the HTML report is itself axe-clean.</summary>
public sealed class ReportTests(AuditedProblemPages audit)
{
    [Fact]
    public void JsonReport_HasEveryPageAndTheSummaryCounts()
    {
        var root = audit.Json.RootElement;

        Assert.Equal(ProblemPages.Expected.Count, root.GetProperty("pages").GetArrayLength());
        Assert.Equal(Fails, root.GetProperty("summary").GetProperty("violations").GetInt32());
        Assert.Equal(Checks, root.GetProperty("summary").GetProperty("checks").GetInt32());
        var trap = root.GetProperty("pages").EnumerateArray().SelectMany(p => p.GetProperty("violations").EnumerateArray()).Single(v => v.GetProperty("id").GetString() == "govdesign-keyboard-trap");
        Assert.Equal("critical", trap.GetProperty("impact").GetString());
        Assert.Equal("2.1.2", trap.GetProperty("wcag")[0].GetString());
        Assert.Equal("#trap", trap.GetProperty("nodes")[0].GetProperty("selector").GetString());
    }

    [Fact]
    public void JUnitReport_HasATestCasePerPageAndAFailurePerViolation()
    {
        var document = XDocument.Load(audit.JUnitPath);

        var cases = document.Descendants("testcase").ToList();
        Assert.Equal(ProblemPages.Expected.Count, cases.Count);
        Assert.Equal(Fails, document.Descendants("failure").Count());
        Assert.Equal(Checks, document.Descendants("property").Count(p => p.Attribute("name")!.Value == "check"));
        var contrast = cases.Single(c => c.Attribute("name")!.Value == audit.Site.Url("/low-contrast"));
        Assert.Equal("color-contrast", contrast.Element("failure")!.Attribute("type")!.Value);
        Assert.Empty(cases.Single(c => c.Attribute("name")!.Value == audit.Site.Url("/clean")).Elements());
    }

    [Fact]
    public void SarifReport_Is210WithEachRuleOnceAndAResultPerElement()
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(audit.SarifPath));

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ProblemPages.Expected.Values.SelectMany(r => r).Select(r => r.Replace(" (check)", "", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal), rules);
        var reflow = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "govdesign-reflow");
        Assert.Equal(rules.IndexOf("govdesign-reflow"), reflow.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", reflow.GetProperty("level").GetString());
        Assert.Equal(audit.Site.Url("/wide"), reflow.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var vague = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "govdesign-link-vague");
        Assert.Equal("note", vague.GetProperty("level").GetString());
    }

    [Fact]
    public void HtmlReport_IsOneFileWithScreenshotsAndNoExternalResources()
    {
        var html = File.ReadAllText(audit.ReportPath);

        Assert.Contains("data:image/jpeg;base64,", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.Contains("govdesign-keyboard-trap", html);
        Assert.Contains("&lt;input id=&quot;trap&quot;&gt;", html);
        Assert.Contains("<h3 id=\"page-", html);
        Assert.Contains(" to confirm</h3>", html);
        Assert.Contains("<article class=\"violation check\"", html);
    }

    private static int Fails => ProblemPages.Expected.Values.Sum(r => r.Count(id => !id.EndsWith(" (check)", StringComparison.Ordinal)));

    private static int Checks => ProblemPages.Expected.Values.Sum(r => r.Count(id => id.EndsWith(" (check)", StringComparison.Ordinal)));

    [Fact]
    public async Task HtmlReport_HasNoAxeViolations()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Cli.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(audit.ReportPath).ToString());

#pragma warning disable CS0618 // Legacy mode: the package version is pinned.
        var results = await page.Locator("html").RunAxeLegacy(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AuditSettings.DefaultTags, "best-practice"] } });
#pragma warning restore CS0618
        Assert.Empty(results.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}"));
        Assert.All(requests, url => Assert.StartsWith("file:", url, StringComparison.Ordinal));
    }
}
