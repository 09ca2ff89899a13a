using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Checks;

/// <summary>The checks that need one look at the page: title, form errors, text spacing and reflow.</summary>
internal static class PageChecks
{
    /// <summary>A page with no title fails <see cref="Rules.Title"/>.</summary>
    public static IEnumerable<Violation> Title(string? title) =>
        string.IsNullOrWhiteSpace(title) ? [Rules.Title.On([new AffectedNode("title", "<title></title>")])] : [];

    /// <summary>Error messages against their fields and the error summary; run straight after load, before anything moves focus.</summary>
    public static async Task<IReadOnlyList<Violation>> FormErrorsAsync(IPage page)
    {
        var found = await PageJson.EvaluateAsync<FormErrorFindings>(page, PageScripts.FormErrors);
        var violations = new List<Violation>();
        if (found.Unlinked.Count > 0)
        {
            violations.Add(Rules.ErrorLinked.On(found.Unlinked.Select(n => n.ToNode()).ToList()));
        }

        if (found.Unlisted.Count > 0)
        {
            var summary = found.NoSummary ? "The page has no error summary." : "No link in the error summary leads to this field.";
            violations.Add(Rules.ErrorListed.On(found.Unlisted.Select(n => n.ToNode() with { Summary = summary }).ToList()));
        }

        if (found.SummaryUnfocused is { } unfocused)
        {
            violations.Add(Rules.ErrorSummaryFocus.On([unfocused.ToNode()]));
        }

        return violations;
    }

    /// <summary>GovDesign's checks, in one pass of <see cref="ScanScripts.Scan"/>; run before anything moves focus.</summary>
    public static async Task<IReadOnlyList<Violation>> ScanAsync(IPage page, bool fragments)
    {
        var found = await PageJson.EvaluateAsync<Dictionary<string, List<FoundNode>>>(page, ScanScripts.Scan, new
        {
            fragments,
            readingGrade = Rules.ReadingGradeLimit,
            readingWords = Rules.ReadingMinimumWords,
            knownAbbreviations = Rules.KnownAbbreviations,
        });
        return [.. found.Where(f => f.Value.Count > 0 && Rules.Checks.ContainsKey(f.Key))
            .Select(f => Rules.Checks[f.Key].On(f.Value.Select(n => n.ToNode()).ToList()))];
    }

    /// <summary>Text cut off under the WCAG 1.4.12 spacing.</summary>
    public static async Task<IReadOnlyList<Violation>> TextSpacingAsync(IPage page)
    {
        var clipped = await PageJson.EvaluateAsync<List<FoundNode>>(page, PageScripts.TextSpacing);
        return clipped.Count > 0 ? [Rules.TextSpacing.On(clipped.Select(n => n.ToNode()).ToList())] : [];
    }

    /// <summary>Sideways scrolling in a window 320 CSS pixels wide; the viewport is put back afterwards.</summary>
    public static async Task<IReadOnlyList<Violation>> ReflowAsync(IPage page)
    {
        var size = page.ViewportSize!;
        await page.SetViewportSizeAsync(320, 640);
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var wide = await PageJson.EvaluateAsync<List<FoundNode>>(page, PageScripts.Reflow);
        await page.SetViewportSizeAsync(size.Width, size.Height);
        return wide.Count > 0 ? [Rules.Reflow.On(wide.Select(n => n.ToNode()).ToList())] : [];
    }
}

/// <summary>An element as the page scripts describe it.</summary>
internal sealed class FoundNode
{
    public string Selector { get; set; } = "";

    public string Html { get; set; } = "";

    public string? Summary { get; set; }

    public AffectedNode ToNode() => new(Selector, Html, Summary);
}

/// <summary>What <see cref="PageScripts.FormErrors"/> returns.</summary>
internal sealed class FormErrorFindings
{
    public List<FoundNode> Unlinked { get; set; } = [];

    public List<FoundNode> Unlisted { get; set; } = [];

    public bool NoSummary { get; set; }

    public FoundNode? SummaryUnfocused { get; set; }
}
