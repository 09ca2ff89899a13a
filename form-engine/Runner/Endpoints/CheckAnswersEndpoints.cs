using GovDesign.Patterns;
using GovDesign.Forms.Runner.Definitions;
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
        var progress = request.Journey.Walk(request.Answers);
        if (request.Reference is not null || !progress.IsComplete)
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        var definition = request.Form.Definition;
        var last = request.Journey.PreviousPage(null, request.Answers);
        var declaration = definition.Declaration;
        await PageWriter.WriteAsync<CheckAnswersView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(CheckAnswersView.Frame)] = request.Frame(definition.CheckAnswers.Heading?.In(request.Language) ?? text["CheckAnswersTitle"], last is null ? request.FormHref : request.Href(last.Path), withAntiforgery: true),
            [nameof(CheckAnswersView.Action)] = request.Href(Navigation.CheckAnswers),
            [nameof(CheckAnswersView.Sections)] = Sections(request, text),
            [nameof(CheckAnswersView.DeclarationHeading)] = declaration?.Heading?.In(request.Language) ?? text["SendTitle"],
            [nameof(CheckAnswersView.DeclarationHtml)] = MarkdownText.Html(declaration?.Content, request.Language),
            [nameof(CheckAnswersView.ButtonText)] = declaration?.ButtonText?.In(request.Language) ?? (declaration is null ? text["Send"] : text["AcceptAndSend"]),
        });
    }

    public static async Task PostAsync(RunnerRequest request)
    {
        if (request.Reference is null)
        {
            if (!request.Journey.IsComplete(request.Answers))
            {
                await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
                return;
            }

            await request.SubmitAsync();
        }

        await Pages.RedirectAsync(request.Http, request.Href(Navigation.Confirmation));
    }

    public static async Task ConfirmationAsync(RunnerRequest request)
    {
        if (request.Reference is null)
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var text = request.Http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        var confirmation = request.Form.Definition.Confirmation;
        await PageWriter.WriteAsync<ConfirmationView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(ConfirmationView.Frame)] = request.Frame(confirmation.Heading?.In(request.Language) ?? text["ConfirmationTitle"]),
            [nameof(ConfirmationView.Reference)] = request.Reference,
            [nameof(ConfirmationView.ContentHtml)] = MarkdownText.Html(confirmation.Content, request.Language),
        });
    }

    private static List<CheckAnswersSection> Sections(RunnerRequest request, IStringLocalizer<RunnerText> text)
    {
        var language = request.Language;
        var types = request.Form.Types;
        return [.. request.Journey.CheckAnswers(request.Answers).Select(group => new CheckAnswersSection(group.Section?.Title.In(language), [.. group.Rows.Select(row =>
        {
            var label = row.Question.Label.In(language);
            if (row.ItemIndex is { } index)
            {
                label = RepeatEndpoints.ItemLabel(request, row.Page, index + 1) + ": " + label;
            }

            var value = row.Value is null ? text["NotAnswered"].Value : types.Describe(row.Question, language, row.Value);
            var href = row.ItemIndex is { } i ? request.Href($"{row.Page.Path}/{i + 1}", change: true) : request.Href(row.Page.Path, change: true);
            return new GovDesign.Patterns.CheckAnswersRow(label, value) { ChangeHref = href, ChangeVisuallyHiddenText = label };
        })]))];
    }
}
