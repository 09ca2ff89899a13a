using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// "Add another" pages: /{page} lists the entries and asks whether to add another; /{page}/{n} asks
/// the questions for entry n; /{page}/{n}/remove removes it.
/// </summary>
internal static class RepeatEndpoints
{
    public const string AddAnotherField = "add-another";

    public static IResult Summary(RunnerRequest request, Page page, IReadOnlyList<FieldError>? errors = null)
    {
        if (!Navigation.CanShow(request, page))
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        // With none required, the first visit asks whether there are any before asking for one.
        var items = request.Answers.Items(page.Path);
        if (items.Count == 0 && page.Repeat!.Min > 0)
        {
            return RunnerPages.Redirect(ItemHref(request, page, 1));
        }

        var text = request.Text;
        var entries = items.Select((item, i) => new RepeatItem(ItemLabel(request, page, i + 1), Answers(request, page, item),
            ItemHref(request, page, i + 1), request.Href($"{page.Path}/{i + 1}/remove"))).ToList();
        var title = page.Repeat?.SummaryHeading?.In(request.Language) ?? string.Format(CultureInfo.CurrentCulture, text["AddedCount"], Counted(request, page, items.Count));
        return RunnerPages.Page<RepeatSummaryView>(request, new()
        {
            [nameof(RepeatSummaryView.Frame)] = request.Frame(title, Navigation.BackHref(request, page), withAntiforgery: true) with { Errors = errors ?? [] },
            [nameof(RepeatSummaryView.Action)] = request.Href(page.Path, request.ReturnToCheck),
            [nameof(RepeatSummaryView.Items)] = entries,
            [nameof(RepeatSummaryView.CanAddMore)] = Journey.CanAddAnother(page, request.Answers),
            [nameof(RepeatSummaryView.Question)] = AddQuestion(request, page, first: items.Count == 0),
        });
    }

    public static async Task<IResult> SummaryPostAsync(RunnerRequest request, Page page, IFormCollection posted)
    {
        if (!Navigation.CanShow(request, page))
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        var count = request.Answers.Items(page.Path).Count;
        var addAnother = Journey.CanAddAnother(page, request.Answers) ? posted[AddAnotherField].ToString() : "no";
        if (addAnother == "yes")
        {
            return RunnerPages.Redirect(ItemHref(request, page, count + 1));
        }

        if (addAnother != "no" || Journey.NeedsMoreItems(page, request.Answers))
        {
            var text = request.Text;
            var message = addAnother != "no" ? InItemWords(request, page, count == 0 ? "AddFirstRequired" : "AddAnotherRequired") : string.Format(CultureInfo.CurrentCulture, text["AtLeast"], Counted(request, page, page.Repeat!.Min));
            return Summary(request, page, [new FieldError(AddAnotherField, message)]);
        }

        request.Answers.SetFinished(page.Path, true);
        await request.SaveAsync();
        return RunnerPages.Redirect(Navigation.NextHref(request, page));
    }

    public static IResult GetItem(RunnerRequest request, string page, int item)
    {
        var (found, items, refusal) = Entry(request, page, item);
        if (refusal is not null)
        {
            return refusal;
        }

        var saved = item <= items.Count ? items[item - 1] : null;
        return RunnerPages.Questions(request, found, ItemHref(request, found, item), ItemBackHref(request, found, items.Count),
            q => new AnswerState { Value = saved?.GetValueOrDefault(q.Name) }, [], ItemLabel(request, found, item));
    }

    public static async Task<IResult> PostItemAsync(RunnerRequest request, string page, int item)
    {
        var (posted, refused) = await request.ReadPostAsync(page);
        if (refused is not null)
        {
            return refused;
        }

        var (found, items, refusal) = Entry(request, page, item);
        if (refusal is not null)
        {
            return refusal;
        }

        // An entry already added keeps a good new file even when another answer is wrong; a new entry has nowhere to keep it yet.
        var saved = item <= items.Count ? items[item - 1] : null;
        var (values, errors, byQuestion, newFiles) = await QuestionEndpoints.ReadAsync(request, found, posted!, name => saved?.GetValueOrDefault(name), keepGoodFiles: saved is not null);
        if (errors.Count > 0)
        {
            if (saved is not null && newFiles.Count > 0)
            {
                var kept = new Dictionary<string, JsonNode?>(saved, StringComparer.Ordinal);
                foreach (var name in newFiles)
                {
                    kept[name] = values[name];
                }

                request.Answers.ReplaceItem(found.Path, item - 1, kept);
                await request.SaveAsync();
                saved = kept;
            }

            return RunnerPages.Questions(request, found, ItemHref(request, found, item), ItemBackHref(request, found, items.Count),
                q => QuestionEndpoints.Reshown(posted!, q, values, byQuestion, saved?.GetValueOrDefault(q.Name)), errors, ItemLabel(request, found, item));
        }

        if (item <= items.Count)
        {
            request.Answers.ReplaceItem(found.Path, item - 1, values);
        }
        else
        {
            request.Answers.AddItem(found.Path, values);
        }

        request.Answers.SetFinished(found.Path, false);
        await request.SaveAsync();
        return RunnerPages.Redirect(request.Href(found.Path, request.ReturnToCheck));
    }

    public static async Task<IResult> RemoveAsync(RunnerRequest request, string page, int item)
    {
        var (_, refused) = await request.ReadPostAsync();
        if (refused is not null)
        {
            return refused;
        }

        // Nothing is removed from a form that is sent.
        if (FormEndpoints.Find(request, page, repeat: true) is not { } found)
        {
            return RunnerPages.Message(request, StatusCodes.Status404NotFound);
        }

        if (RefuseItem(request, found, item, request.Answers.Items(found.Path).Count) is { } refusal)
        {
            return refusal;
        }

        request.Answers.RemoveItem(found.Path, item - 1);
        request.Answers.SetFinished(found.Path, false);
        await request.SaveAsync();
        return RunnerPages.Redirect(request.Href(found.Path));
    }

    public static string ItemLabel(RunnerRequest request, Page page, int number)
    {
        var item = ItemName(request, page);
        return (item.Length > 0 ? char.ToUpper(item[0], CultureInfo.CurrentCulture) + item[1..] : item) + " " + number.ToString(CultureInfo.CurrentCulture);
    }

    /// <summary>An entry's answers under their questions' labels, leaving out questions it did not answer.</summary>
    public static IReadOnlyList<RepeatAnswer> Answers(RunnerRequest request, Page page, IReadOnlyDictionary<string, JsonNode?> item) => [.. page.Questions
        .Select(q => (q, Text: item.GetValueOrDefault(q.Name) is { } value ? request.Form.Types.Describe(q, request.Language, value) : null))
        .Where(a => !string.IsNullOrEmpty(a.Text))
        .Select(a => new RepeatAnswer(a.q.Label.In(request.Language), a.Text!))];

    /// <summary>
    /// The add-another question: the form's own words when it gives them, else one built from the item's
    /// name ("Do you need to add another vehicle?"), else the runner's generic one.
    /// </summary>
    private static string AddQuestion(RunnerRequest request, Page page, bool first) =>
        (first ? page.Repeat?.AddFirstQuestion : page.Repeat?.AddAnotherQuestion)?.In(request.Language)
        ?? InItemWords(request, page, first ? "AddFirst" : "AddAnother");

    /// <summary>A runner text about adding an item, naming the item when the form names it: <c>{key}Item</c> with the name and its plural.</summary>
    private static string InItemWords(RunnerRequest request, Page page, string key)
    {
        if (page.Repeat?.ItemName?.In(request.Language) is not { } name)
        {
            return request.Text[key].Value;
        }

        var plural = page.Repeat.ItemNamePlural?.In(request.Language) ?? name;
        return string.Format(CultureInfo.CurrentCulture, request.Text[key + "Item"], name, plural);
    }

    private static string ItemName(RunnerRequest request, Page page) => page.Repeat?.ItemName?.In(request.Language) ?? new AnswerFiller(request).Fill(page.HeadingIn(request.Language));

    /// <summary>A number of items as people say it: "1 stall", "2 stalls"; "2 × stall" when the form gives no plural.</summary>
    private static string Counted(RunnerRequest request, Page page, int count)
    {
        var number = count.ToString(CultureInfo.CurrentCulture);
        return count == 1 ? $"{number} {ItemName(request, page)}"
            : page.Repeat?.ItemNamePlural?.In(request.Language) is { } plural ? $"{number} {plural}"
            : $"{number} × {ItemName(request, page)}";
    }

    private static string ItemHref(RunnerRequest request, Page page, int number) => request.Href($"{page.Path}/{number}", request.ReturnToCheck);

    private static string ItemBackHref(RunnerRequest request, Page page, int count) =>
        count > 0 || page.Repeat!.Min == 0 ? request.Href(page.Path, request.ReturnToCheck) : Navigation.BackHref(request, page);

    /// <summary>The repeating page and its entries, and what to answer instead when entry <paramref name="number"/> (an existing one or the next) may not be shown.</summary>
    private static (Page Page, IReadOnlyList<IReadOnlyDictionary<string, JsonNode?>> Items, IResult? Refusal) Entry(RunnerRequest request, string path, int number)
    {
        if (FormEndpoints.Find(request, path, repeat: true) is not { } page)
        {
            return (null!, [], FormEndpoints.Refused(request, path, repeat: true));
        }

        var items = request.Answers.Items(page.Path);
        return (page, items, RefuseItem(request, page, number, items.Count + 1));
    }

    /// <summary>Null when entry <paramref name="number"/> may be shown; else a redirect to where the citizen is, or 404.</summary>
    private static IResult? RefuseItem(RunnerRequest request, Page page, int number, int highest) =>
        !Navigation.CanShow(request, page) ? RunnerPages.Redirect(Navigation.ResumeHref(request))
        : number < 1 || number > highest || number > page.Repeat!.Max ? RunnerPages.Message(request, StatusCodes.Status404NotFound)
        : null;
}
