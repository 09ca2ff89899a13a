using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Journeys;
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
    public static async Task SummaryGetAsync(RunnerRequest request, RunnerPage page, IReadOnlyList<FieldError>? errors = null)
    {
        if (!JourneyNavigator.CanShow(request.Form, request.State, page))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var items = Items(request, page);
        if (items.Count == 0)
        {
            await Pages.RedirectAsync(request.Http, ItemHref(request, page, 1));
            return;
        }

        var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        var repeat = page.Repeat!;
        var entries = items.Select((item, i) => new RepeatItem(ItemLabel(repeat, i + 1), Describe(page, item as JsonObject),
            ItemHref(request, page, i + 1), request.Href($"{page.Path}/{i + 1}/remove"))).ToList();
        await PageWriter.WriteAsync<RepeatSummaryView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(RepeatSummaryView.Frame)] = request.Frame(string.Format(CultureInfo.CurrentCulture, text["AddedCount"], $"{items.Count} × {repeat.Item()}"), Navigation.BackHref(request, page), withAntiforgery: true) with { Errors = errors ?? [] },
            [nameof(RepeatSummaryView.Action)] = request.Href(page.Path, request.ReturnToCheck),
            [nameof(RepeatSummaryView.Items)] = entries,
            [nameof(RepeatSummaryView.CanAddMore)] = items.Count < repeat.Max,
        });
    }

    public static async Task SummaryPostAsync(RunnerRequest request, RunnerPage page, IFormCollection posted)
    {
        if (!JourneyNavigator.CanShow(request.Form, request.State, page))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var count = Items(request, page).Count;
        var repeat = page.Repeat!;
        var addAnother = count < repeat.Max ? posted["add-another"].ToString() : "no";
        var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        if (addAnother == "yes")
        {
            await Pages.RedirectAsync(request.Http, ItemHref(request, page, count + 1));
            return;
        }

        if (addAnother != "no" || count < repeat.Min)
        {
            var message = addAnother != "no" ? text["AddAnotherRequired"].Value : string.Format(CultureInfo.CurrentCulture, text["AtLeast"], $"{repeat.Min} × {repeat.Item()}");
            await SummaryGetAsync(request, page, [new FieldError("add-another", message)]);
            return;
        }

        request.State.Completed.Add(page.Path);
        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, Navigation.NextHref(request, page));
    }

    public static async Task ItemGetAsync(RunnerRequest request, RunnerPage page, int number)
    {
        var items = Items(request, page);
        if (!await CheckItemAsync(request, page, number, items.Count + 1))
        {
            return;
        }

        var item = number <= items.Count ? items[number - 1] as JsonObject : null;
        await Pages.QuestionsAsync(request, page, ItemHref(request, page, number), ItemBackHref(request, page, items.Count),
            q => new AnswerState { Value = item?[q.Name] }, [], ItemLabel(page.Repeat!, number));
    }

    public static async Task ItemPostAsync(RunnerRequest request, RunnerPage page, int number, IFormCollection posted)
    {
        var items = Items(request, page);
        if (!await CheckItemAsync(request, page, number, items.Count + 1))
        {
            return;
        }

        var (values, errors, byQuestion) = QuestionEndpoints.Read(page, posted);
        if (errors.Count > 0)
        {
            await Pages.QuestionsAsync(request, page, ItemHref(request, page, number), ItemBackHref(request, page, items.Count),
                q => new AnswerState { Posted = posted, Errors = byQuestion.GetValueOrDefault(q.Name, []) }, errors, ItemLabel(page.Repeat!, number));
            return;
        }

        var entry = new JsonObject();
        foreach (var (name, value) in values)
        {
            entry[name] = value;
        }

        if (number <= items.Count)
        {
            items[number - 1] = entry;
        }
        else
        {
            items.Add(entry);
        }

        request.State.Answers[page.Path] = items;
        request.State.Completed.Remove(page.Path);
        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, request.Href(page.Path, request.ReturnToCheck));
    }

    public static async Task RemoveAsync(RunnerRequest request, RunnerPage page, int number)
    {
        var items = Items(request, page);
        if (!await CheckItemAsync(request, page, number, items.Count))
        {
            return;
        }

        items.RemoveAt(number - 1);
        request.State.Answers[page.Path] = items;
        request.State.Completed.Remove(page.Path);
        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, request.Href(page.Path));
    }

    public static string ItemLabel(RepeatRule repeat, int number)
    {
        var item = repeat.Item();
        return (item.Length > 0 ? char.ToUpper(item[0], CultureInfo.CurrentCulture) + item[1..] : item) + " " + number.ToString(CultureInfo.CurrentCulture);
    }

    public static string Describe(RunnerPage page, JsonObject? item) => string.Join("\n", page.Questions
        .Select(q => item?[q.Name] is { } value ? q.Type.Describe(value) : null)
        .Where(d => !string.IsNullOrEmpty(d)));

    private static JsonArray Items(RunnerRequest request, RunnerPage page) =>
        request.State.Answers[page.Path] is JsonArray items ? (JsonArray)items.DeepClone() : [];

    private static string ItemHref(RunnerRequest request, RunnerPage page, int number) => request.Href($"{page.Path}/{number}", request.ReturnToCheck);

    private static string ItemBackHref(RunnerRequest request, RunnerPage page, int count) =>
        count > 0 ? request.Href(page.Path, request.ReturnToCheck) : Navigation.BackHref(request, page);

    /// <summary>Whether entry <paramref name="number"/> may be shown; otherwise answers with a redirect or 404.</summary>
    private static async Task<bool> CheckItemAsync(RunnerRequest request, RunnerPage page, int number, int highest)
    {
        if (!JourneyNavigator.CanShow(request.Form, request.State, page))
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
