using GovDesign.Patterns;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using Microsoft.AspNetCore.Http;
using GovDesign.Forms.Journeys;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Check answers (the answers on the citizen's path, each with a change link), sending, and the confirmation.</summary>
internal static class CheckAnswersEndpoints
{
    public static IResult Get(RunnerRequest request)
    {
        var progress = request.Journey.Walk(request.Answers);
        if (request.Reference is not null || !progress.IsComplete)
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        var text = request.Text;
        var definition = request.Form.Definition;
        var last = request.Journey.PreviousPage(null, request.Answers);
        var declaration = definition.Declaration;
        var answers = new AnswerFiller(request);

        // The check answers content is "Markdown under the answers": it leads into the declaration and button.
        var under = MarkdownText.Html(definition.CheckAnswers.Content, request.Language, answers) + MarkdownText.Html(declaration?.Content, request.Language, answers);
        return RunnerPages.Page<CheckAnswersView>(request, new()
        {
            [nameof(CheckAnswersView.Frame)] = request.Frame(answers.Fill(definition.CheckAnswers.Heading) ?? text["CheckAnswersTitle"],
                definition.Layout == GovDesign.Forms.Definitions.FormLayout.TaskList ? request.Href(TaskListEndpoints.Segment) : last is null ? request.FormHref : request.Href(last.Path), withAntiforgery: true),
            [nameof(CheckAnswersView.Action)] = request.Href(Navigation.CheckAnswers),
            [nameof(CheckAnswersView.Sections)] = Sections(request, request.Journey.CheckAnswers(request.Answers)),
            [nameof(CheckAnswersView.DeclarationHeading)] = answers.Fill(declaration?.Heading) ?? text["SendTitle"],
            [nameof(CheckAnswersView.DeclarationHtml)] = under.Length == 0 ? null : under,
            [nameof(CheckAnswersView.ButtonText)] = declaration?.ButtonText?.In(request.Language) ?? (declaration is null ? text["Send"] : text["AcceptAndSend"]),
        });
    }

    public static async Task<IResult> PostAsync(RunnerRequest request)
    {
        // Sent already: going back and sending again changes nothing, so it needs no token (the page's
        // token belonged to the session the journey had before it was sent).
        if (request.Reference is not null)
        {
            return RunnerPages.Redirect(request.Href(Navigation.Confirmation));
        }

        // Send clicked twice: the second click may come with the cookie the first one replaced.
        var sentAMomentAgo = await request.FindJustSubmittedAsync();
        var (_, refusal) = await request.ReadPostAsync();
        if (refusal is not null)
        {
            return refusal;
        }

        if (sentAMomentAgo)
        {
            await request.MoveToNewSessionAsync();
        }
        else if (!request.Journey.IsComplete(request.Answers))
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }
        else
        {
            await request.SubmitAsync();
        }

        return RunnerPages.Redirect(request.Href(Navigation.Confirmation));
    }

    public static IResult Confirmation(RunnerRequest request)
    {
        if (request.Reference is null)
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        var text = request.Text;
        var confirmation = request.Form.Definition.Confirmation;
        var answers = new AnswerFiller(request);
        return RunnerPages.Page<ConfirmationView>(request, new()
        {
            [nameof(ConfirmationView.Frame)] = request.Frame(answers.Fill(confirmation.Heading) ?? text["ConfirmationTitle"]),
            [nameof(ConfirmationView.Reference)] = request.Reference,
            [nameof(ConfirmationView.ContentHtml)] = MarkdownText.Html(confirmation.Content, request.Language, answers),
        });
    }

    /// <summary>A locked answer has no Change link; a question revealed under an option goes with its question.</summary>
    private static bool IsLocked(RunnerRequest request, GovDesign.Forms.Definitions.Question question) =>
        question.Locked || (question.RevealedUnder is { } under && request.Form.Definition.FindQuestion(under.Question)?.Locked == true);

    /// <summary>The groups of answers as the check answers pattern shows them: each row with its question's address, for a Change link.</summary>
    public static List<CheckAnswersSection> Sections(RunnerRequest request, IReadOnlyList<CheckAnswersGroup> groups)
    {
        var language = request.Language;
        var types = request.Form.Types;
        var text = request.Text;
        return [.. groups.Select(group => new CheckAnswersSection(group.Section?.Title.In(language), [.. group.Rows.Select(row =>
        {
            var label = row.Question.Label.In(language);
            if (row.ItemIndex is { } index)
            {
                label = RepeatEndpoints.ItemLabel(request, row.Page, index + 1) + ": " + label;
            }

            var value = row.Value is null ? text["NotAnswered"].Value : types.Describe(row.Question, language, row.Value);
            var href = row.ItemIndex is { } i ? request.Href($"{row.Page.Path}/{i + 1}") : request.Href(row.Page.Path);
            return new CheckAnswersRow(label, value) { ChangeHref = IsLocked(request, row.Question) ? null : href, ChangeVisuallyHiddenText = label };
        })]))];
    }
}
