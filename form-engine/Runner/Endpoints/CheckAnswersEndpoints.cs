using System.Text.Json.Nodes;
using GovDesign.Components;
using GovDesign.Forms.Runner.Journeys;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Check answers (the answers on the citizen's path, each with a change link), sending, and the confirmation.</summary>
internal static class CheckAnswersEndpoints
{
    public static async Task GetAsync(RunnerRequest request)
    {
        if (request.State.Reference is not null || !JourneyNavigator.IsComplete(request.Form, request.State))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        var path = request.Form.PathFor(request.State.Answers);
        await PageWriter.WriteAsync<CheckAnswersView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(CheckAnswersView.Frame)] = request.Frame(text["CheckAnswersTitle"], path.Count > 0 ? request.Href(path[^1].Path) : request.FormHref, withAntiforgery: true),
            [nameof(CheckAnswersView.Action)] = request.Href(Navigation.CheckAnswers),
            [nameof(CheckAnswersView.Rows)] = Rows(request, text),
            [nameof(CheckAnswersView.Declaration)] = request.Form.Declaration(),
        });
    }

    public static async Task PostAsync(RunnerRequest request)
    {
        if (request.State.Reference is null)
        {
            if (!JourneyNavigator.IsComplete(request.Form, request.State))
            {
                await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
                return;
            }

            request.State.Reference = await request.SubmitAsync(JourneyNavigator.AnswersOnPath(request.Form, request.State));
        }

        await Pages.RedirectAsync(request.Http, request.Href(Navigation.Confirmation));
    }

    public static async Task ConfirmationAsync(RunnerRequest request)
    {
        if (request.State.Reference is null)
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        await PageWriter.WriteAsync<ConfirmationView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(ConfirmationView.Frame)] = request.Frame(text["ConfirmationTitle"]),
            [nameof(ConfirmationView.Reference)] = request.State.Reference,
            [nameof(ConfirmationView.ContentHtml)] = request.Form.ConfirmationContentHtml(),
        });
    }

    private static List<SummaryListRow> Rows(RunnerRequest request, IStringLocalizer<RunnerText> text)
    {
        var rows = new List<SummaryListRow>();
        foreach (var page in request.Form.PathFor(request.State.Answers))
        {
            if (page.Repeat is { } repeat)
            {
                var items = request.State.Answers[page.Path] as JsonArray ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    var label = RepeatEndpoints.ItemLabel(repeat, i + 1);
                    rows.Add(Row(label, RepeatEndpoints.Describe(page, items[i] as JsonObject), request.Href($"{page.Path}/{i + 1}", change: true), text["Change"]));
                }

                continue;
            }

            foreach (var question in page.Questions)
            {
                var value = request.State.Answers[question.Name];
                rows.Add(Row(question.ShortLabel(), value is null ? text["NotAnswered"] : question.Type.Describe(value), request.Href(page.Path, change: true) + "#" + question.Name, text["Change"]));
            }
        }

        return rows;
    }

    private static SummaryListRow Row(string key, string value, string changeHref, string change) => new()
    {
        Key = new SummaryListCell { Text = key },
        Value = new SummaryListCell { Html = Lines(value) },
        Actions = new SummaryListActions
        {
            Items = [new SummaryListAction { Href = changeHref, Text = change, VisuallyHiddenText = key }],
        },
    };

    /// <summary>The description encoded, its line breaks kept as &lt;br&gt;.</summary>
    private static string Lines(string value) =>
        string.Join("<br>", value.Split('\n').Select(line => System.Net.WebUtility.HtmlEncode(line.TrimEnd('\r'))));
}
