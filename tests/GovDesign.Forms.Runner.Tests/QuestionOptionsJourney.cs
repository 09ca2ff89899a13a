namespace GovDesign.Forms.Runner.Tests;

/// <summary>Walks the question options test form (Forms/question-options.json) to check answers with good answers on every page.</summary>
internal static class QuestionOptionsJourney
{
    public const string Slug = "question-options";

    /// <summary>Good answers for each page after the first, in order.</summary>
    public static readonly (string Path, KeyValuePair<string, string>[] Fields)[] Pages =
    [
        ("help", [KeyValuePair.Create("help-with", "money")]),
        ("landline", [KeyValuePair.Create("landline", "029 2018 3000")]),
        ("council", [KeyValuePair.Create("council", "newport")]),
        ("story", [KeyValuePair.Create("story", "Moved here in spring")]),
        ("address", [KeyValuePair.Create("address-line1", "1 High Street"), KeyValuePair.Create("address-town", "Cardiff"), KeyValuePair.Create("address-county", "South Glamorgan"), KeyValuePair.Create("address-postcode", "cf10 1aa")]),
        ("arrival", [KeyValuePair.Create("arrival", "2:30pm")]),
        ("booking", [KeyValuePair.Create("booking", "AB1234")]),
    ];

    /// <summary>Answers the first page with <paramref name="contact"/>, the others with <see cref="Pages"/>, and arrives at check answers.</summary>
    public static async Task<Received> ToCheckAnswersAsync(Citizen citizen, KeyValuePair<string, string>[] contact)
    {
        var page = await citizen.SubmitAsync(await Journeys.StartAsync(citizen, Slug), contact);
        return await FromSecondPageAsync(citizen, page);
    }

    /// <summary>Answers every page from the second with <see cref="Pages"/>, keeping what a page shows already when <paramref name="keepShown"/> names it.</summary>
    public static async Task<Received> FromSecondPageAsync(Citizen citizen, Received page, params string[] keepShown)
    {
        foreach (var (path, fields) in Pages)
        {
            Assert.EndsWith("/" + path, page.Path, StringComparison.Ordinal);
            page = await citizen.SubmitAsync(page, keepShown.Contains(path) ? Shown(page, path) : fields);
        }

        Assert.EndsWith("/check-answers", page.Path, StringComparison.Ordinal);
        return page;
    }

    /// <summary>What the page's one box shows, posted back as it is.</summary>
    private static KeyValuePair<string, string>[] Shown(Received page, string name) =>
        [KeyValuePair.Create(name, page.Document.QuerySelector($"input#{name}")?.GetAttribute("value") ?? "")];

    /// <summary>Goes to one page of the form, answering those before it.</summary>
    public static async Task<Received> ToPageAsync(Citizen citizen, string path)
    {
        var page = await Journeys.StartAsync(citizen, Slug);
        if (path == "contact")
        {
            return page;
        }

        page = await citizen.SubmitAsync(page, [KeyValuePair.Create("contact-by", "post")]);
        foreach (var (at, fields) in Pages.TakeWhile(p => p.Path != path))
        {
            Assert.EndsWith("/" + at, page.Path, StringComparison.Ordinal);
            page = await citizen.SubmitAsync(page, fields);
        }

        Assert.EndsWith("/" + path, page.Path, StringComparison.Ordinal);
        return page;
    }

    /// <summary>The value check answers shows for the row with this label, or null when there is no such row.</summary>
    public static string? Row(Received check, string label) => Value(check, label)?.TextContent.Trim();

    /// <summary>The lines of the value check answers shows for the row with this label (a line break between each).</summary>
    public static IReadOnlyList<string> RowLines(Received check, string label) =>
        Value(check, label)?.InnerHtml.Split("<br>").Select(l => l.Trim()).ToList() ?? [];

    /// <summary>Whether the row with this label has a Change link.</summary>
    public static bool HasChangeLink(Received check, string label) => RowOf(check, label)?.QuerySelector(".govuk-summary-list__actions a") is not null;

    private static AngleSharp.Dom.IElement? Value(Received check, string label) => RowOf(check, label)?.QuerySelector(".govuk-summary-list__value");

    private static AngleSharp.Dom.IElement? RowOf(Received check, string label) => check.Document.QuerySelectorAll(".govuk-summary-list__row")
        .FirstOrDefault(r => r.QuerySelector(".govuk-summary-list__key")?.TextContent.Trim() == label);
}
