using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// "Add another" pages: /{page} lists the entries and asks whether to add another; /{page}/{n} asks
/// the questions for entry n; /{page}/{n}/remove removes it.
/// </summary>
internal static class RepeatEndpoints
{
    public const string AddAnotherField = "add-another";

    public static async Task SummaryGetAsync(RunnerRequest request, Page page, IReadOnlyList<FieldError>? errors = null)
    {
        if (!Navigation.CanShow(request, page))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        // With none required, the first visit asks whether there are any before asking for one.
        var items = request.Answers.Items(page.Path);
        if (items.Count == 0 && page.Repeat!.Min > 0)
        {
            await Pages.RedirectAsync(request.Http, ItemHref(request, page, 1));
            return;
        }

        var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        var entries = items.Select((item, i) => new RepeatItem(ItemLabel(request, page, i + 1), Describe(request, page, item),
            ItemHref(request, page, i + 1), request.Href($"{page.Path}/{i + 1}/remove"))).ToList();
        var title = page.Repeat?.SummaryHeading?.In(request.Language) ?? string.Format(CultureInfo.CurrentCulture, text["AddedCount"], Counted(request, page, items.Count));
        await PageWriter.WriteAsync<RepeatSummaryView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(RepeatSummaryView.Frame)] = request.Frame(title, Navigation.BackHref(request, page), withAntiforgery: true) with { Errors = errors ?? [] },
            [nameof(RepeatSummaryView.Action)] = request.Href(page.Path, request.ReturnToCheck),
            [nameof(RepeatSummaryView.Items)] = entries,
            [nameof(RepeatSummaryView.CanAddMore)] = Journey.CanAddAnother(page, request.Answers),
            [nameof(RepeatSummaryView.Question)] = text[items.Count == 0 ? "AddFirst" : "AddAnother"].Value,
        });
    }

    public static async Task SummaryPostAsync(RunnerRequest request, Page page, IFormCollection posted)
    {
        if (!Navigation.CanShow(request, page))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var count = request.Answers.Items(page.Path).Count;
        var addAnother = Journey.CanAddAnother(page, request.Answers) ? posted[AddAnotherField].ToString() : "no";
        if (addAnother == "yes")
        {
            await Pages.RedirectAsync(request.Http, ItemHref(request, page, count + 1));
            return;
        }

        if (addAnother != "no" || Journey.NeedsMoreItems(page, request.Answers))
        {
            var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
            var message = addAnother != "no" ? text[count == 0 ? "AddFirstRequired" : "AddAnotherRequired"].Value : string.Format(CultureInfo.CurrentCulture, text["AtLeast"], Counted(request, page, page.Repeat!.Min));
            await SummaryGetAsync(request, page, [new FieldError(AddAnotherField, message)]);
            return;
        }

        request.Answers.SetFinished(page.Path, true);
        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, Navigation.NextHref(request, page));
    }

    public static async Task ItemGetAsync(RunnerRequest request, Page page, int number)
    {
        var items = request.Answers.Items(page.Path);
        if (!await CheckItemAsync(request, page, number, items.Count + 1))
        {
            return;
        }

        var item = number <= items.Count ? items[number - 1] : null;
        await Pages.QuestionsAsync(request, page, ItemHref(request, page, number), ItemBackHref(request, page, items.Count),
            q => new AnswerState { Value = item?.GetValueOrDefault(q.Name) }, [], ItemLabel(request, page, number));
    }

    public static async Task ItemPostAsync(RunnerRequest request, Page page, int number, IFormCollection posted)
    {
        var items = request.Answers.Items(page.Path);
        if (!await CheckItemAsync(request, page, number, items.Count + 1))
        {
            return;
        }

        var item = number <= items.Count ? items[number - 1] : null;
        var (values, errors, byQuestion) = await QuestionEndpoints.ReadAsync(request, page, posted, name => item?.GetValueOrDefault(name));
        if (errors.Count > 0)
        {
            await Pages.QuestionsAsync(request, page, ItemHref(request, page, number), ItemBackHref(request, page, items.Count),
                q => new AnswerState { Posted = posted, Errors = byQuestion.GetValueOrDefault(q.Name, []) }, errors, ItemLabel(request, page, number));
            return;
        }

        if (number <= items.Count)
        {
            request.Answers.ReplaceItem(page.Path, number - 1, values);
        }
        else
        {
            request.Answers.AddItem(page.Path, values);
        }

        request.Answers.SetFinished(page.Path, false);
        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, request.Href(page.Path, request.ReturnToCheck));
    }

    public static async Task RemoveAsync(RunnerRequest request, Page page, int number)
    {
        if (!await CheckItemAsync(request, page, number, request.Answers.Items(page.Path).Count))
        {
            return;
        }

        request.Answers.RemoveItem(page.Path, number - 1);
        request.Answers.SetFinished(page.Path, false);
        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, request.Href(page.Path));
    }

    public static string ItemLabel(RunnerRequest request, Page page, int number)
    {
        var item = ItemName(request, page);
        return (item.Length > 0 ? char.ToUpper(item[0], CultureInfo.CurrentCulture) + item[1..] : item) + " " + number.ToString(CultureInfo.CurrentCulture);
    }

    public static string Describe(RunnerRequest request, Page page, IReadOnlyDictionary<string, JsonNode?> item) => string.Join("\n", page.Questions
        .Select(q => item.GetValueOrDefault(q.Name) is { } value ? request.Form.Types.Describe(q, request.Language, value) : null)
        .Where(d => !string.IsNullOrEmpty(d)));

    private static string ItemName(RunnerRequest request, Page page) => page.Repeat?.ItemName?.In(request.Language) ?? page.HeadingIn(request.Language);

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

    /// <summary>Whether entry <paramref name="number"/> may be shown; otherwise answers with a redirect or 404.</summary>
    private static async Task<bool> CheckItemAsync(RunnerRequest request, Page page, int number, int highest)
    {
        if (!Navigation.CanShow(request, page))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return false;
        }

        if (number < 1 || number > highest || number > page.Repeat!.Max)
        {
            await Pages.MessageAsync(request.Http, StatusCodes.Status404NotFound, request);
            return false;
        }

        return true;
    }
}
