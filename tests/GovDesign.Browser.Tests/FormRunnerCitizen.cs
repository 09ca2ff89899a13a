using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovDesign.Cli.Audit;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;
using GovDesign.Patterns.Answers;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>A citizen in Chromium filling in a sample form: answers by question kind, and axe checks in the same session.</summary>
internal static class FormRunnerCitizen
{
    public static FormDefinition Load(string slug) =>
        FormLoader.LoadFile(Path.Combine(FormRunnerServer.SamplesFolder, slug + ".json")).Form ?? throw new InvalidOperationException(slug);

    /// <summary>
    /// axe over the page as it is now (the session's own page, not a fresh load). A context from
    /// <see cref="Chromium.NewAxeContextAsync"/> has axe loaded already; into any other page it is sent first.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="state">What the page shows, for the message.</param>
    /// <param name="component">The component whose known findings on govuk-frontend's script markup (<see cref="ScriptFindings"/>) are accepted; none by default.</param>
    public static async Task AssertAccessibleAsync(IPage page, string state, string? component = null)
    {
        var loaded = await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'");
#pragma warning disable CS0618 // Legacy mode, as AccessibilityCheck uses it: the package version is pinned.
        var results = await page.RunAxeLegacy(null, new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AuditSettings.DefaultTags] }, ResultTypes = [ResultType.Violations] }, loaded ? Chromium.AxeLoaded : null);
#pragma warning restore CS0618
        var violations = ScriptFindings.Unexplained(component, results.Violations);
        Assert.True(violations.Count == 0, $"{new Uri(page.Url).PathAndQuery} ({state}):{Environment.NewLine}" + string.Join(Environment.NewLine,
            violations.Select(v => $"{v.Id}: {v.Help}{Environment.NewLine}  " + string.Join($"{Environment.NewLine}  ", v.Nodes.Select(n => n.Html)))));
        await AccessibilityResults.NoteEngineAsync(page, results);
        var address = new Uri(page.Url);
        var accepted = results.Violations.Select(v => v.Id).Distinct().Order(StringComparer.Ordinal);
        AccessibilityResults.Passed("form", new Uri(address.GetLeftPart(UriPartial.Path)), await page.EvaluateAsync<string>("document.documentElement.lang"), state, component, accepted);
    }

    public static async Task FillAsync(IPage page, Page definition)
    {
        foreach (var question in definition.Questions)
        {
            foreach (var (name, value) in Answers(question))
            {
                var choice = page.Locator($"input[name='{name}'][value='{value}']");
                if (await choice.CountAsync() > 0)
                {
                    await choice.First.CheckAsync();
                }
                else if (await page.Locator($"select[name='{name}']").CountAsync() > 0)
                {
                    await page.Locator($"select[name='{name}']").SelectOptionAsync(value);
                }
                else if (question.Kind.Name == "file")
                {
                    await page.Locator($"input[type=file][name='{name}']").SetInputFilesAsync(Upload(question));
                }
                else
                {
                    await page.Locator($"[name='{name}']").First.FillAsync(value);
                }
            }
        }
    }

    /// <summary>A PDF, or a PNG where the question's <c>accept</c> leaves PDFs out (the runner checks the content).</summary>
    private static FilePayload Upload(Question question) =>
        !((FileSettings)question.Settings).Accept.Contains("application/pdf")
            ? new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] }
            : new FilePayload { Name = "certificate.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray() };

    public static Task ContinueAsync(IPage page) => page.Locator("main form[method=post] button[type=submit]").Last.ClickAsync();

    /// <summary>
    /// On a task list form's list, checks it and opens the first task still to do (its status is a tag); on a
    /// task's own check answers, checks it and continues. False on any other page.
    /// </summary>
    public static async Task<bool> ThroughTaskListAsync(IPage page)
    {
        var segments = new Uri(page.Url).AbsolutePath.Trim('/').Split('/');
        if (segments is not [_, "tasks", ..])
        {
            return false;
        }

        await AssertAccessibleAsync(page, segments.Length > 2 ? "task check answers" : "task list");
        await (segments.Length > 2 ? ContinueAsync(page) : page.Locator(".govuk-task-list__item:has(.govuk-tag) a").First.ClickAsync());
        return true;
    }

    /// <summary>The page definition for the page the browser shows, or null on check answers and the like.</summary>
    public static Page? Current(IPage page, FormDefinition form)
    {
        var segments = new Uri(page.Url).AbsolutePath.Trim('/').Split('/');
        return segments.Length >= 2 ? form.FindPage(segments[1]) : null;
    }

    /// <summary>The fields of a question, then those of the questions revealed under the option it chooses (shown once it is checked).</summary>
    private static IEnumerable<(string Name, string Value)> Answers(Question question)
    {
        var own = Own(question).ToList();
        var chosen = new System.Text.Json.Nodes.JsonArray([.. own.Where(f => f.Name == question.Name).Select(f => System.Text.Json.Nodes.JsonValue.Create(f.Value))]);
        return [.. own, .. question.RevealedFor(chosen).SelectMany(Answers)];
    }

    private static IEnumerable<(string Name, string Value)> Own(Question question)
    {
        var name = question.Name;
        var recent = DateTime.Today.AddDays(-10);
        var date = name.Contains("date-of-birth", StringComparison.Ordinal) && !name.StartsWith("baby", StringComparison.Ordinal) ? new DateTime(1990, 5, 14) : recent;
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return question.Kind.Name switch
        {
            "text" => [(name, "Sample answer")],
            "longText" => [(name, "A longer answer, in a sentence.")],
            "number" => [(name, N(question.Settings is NumberSettings { Min: { } min } ? (int)min + 1 : 3))],
            "money" => [(name, "120.50")],
            "time" => [(name, "09:30")],
            "date" when question.Settings is DateSettings { Precision: DatePrecision.MonthYear } => [(name + "-month", "3"), (name + "-year", "2020")],
            "date" => [(name + "-day", N(date.Day)), (name + "-month", N(date.Month)), (name + "-year", N(date.Year))],
            "name" when question.Settings is NameSettings { Parts: true } => [(name + "-given", "Sam"), (name + "-family", "Jones")],
            "name" => [(name, "Sam Jones")],
            "email" => [(name, "sam@example.com")],
            "phone" => [(name, "07911 123456")],
            "ukAddress" => [(name + "-line1", "1 High Street"), (name + "-town", "Cardiff"), (name + "-postcode", "CF10 1AA")],
            "internationalAddress" => [(name + "-line1", "12 Rue de la Paix"), (name + "-line2", "75002 Paris"), (name + "-country", "FR")],
            "nationalId" => [(name, "AB 12 34 56 C")],
            "bankDetails" => [(name + "-account-name", "Sam Jones"), (name + "-sort-code", "20 00 00"), (name + "-account-number", "55779911")],
            "yesNo" => [(name, "no")],
            "singleChoice" or "multipleChoice" => [(name, question.Options[0].Value)],
            "file" => [(name, "certificate.pdf")],
            _ => [],
        };
    }
}
