using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>GET and POST of a question page.</summary>
internal static class QuestionEndpoints
{
    public static async Task GetAsync(RunnerRequest request, Page page)
    {
        if (!Navigation.CanShow(request, page))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        await Pages.QuestionsAsync(request, page, Action(request), Navigation.BackHref(request, page),
            q => new AnswerState { Value = request.Answers.TryGetAnswer(q.Name, out var value) ? value : null }, []);
    }

    public static async Task PostAsync(RunnerRequest request, Page page, IFormCollection posted)
    {
        if (!Navigation.CanShow(request, page) || page.IsExit)
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var (values, errors, byQuestion) = Read(request, page, posted);
        if (errors.Count > 0)
        {
            await Pages.QuestionsAsync(request, page, Action(request), Navigation.BackHref(request, page),
                q => new AnswerState { Posted = posted, Errors = byQuestion.GetValueOrDefault(q.Name, []) }, errors);
            return;
        }

        foreach (var (name, value) in values)
        {
            request.Answers.Set(name, value);
        }

        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, Navigation.NextHref(request, page));
    }

    /// <summary>Reads every question on the page: the values, all errors in page order, and the errors by question.</summary>
    public static (Dictionary<string, JsonNode?> Values, List<FieldError> Errors, Dictionary<string, IReadOnlyList<FieldError>> ByQuestion) Read(RunnerRequest request, Page page, IFormCollection posted)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        var byQuestion = new Dictionary<string, IReadOnlyList<FieldError>>(StringComparer.Ordinal);
        foreach (var question in page.Questions)
        {
            var result = request.Form.Types.For(question, request.Language).Read(request.Form.Types.Ask(question, request.Language), posted);
            values[question.Name] = result.Value;
            errors.AddRange(result.Errors);
            byQuestion[question.Name] = result.Errors;
        }

        return (values, errors, byQuestion);
    }

    private static string Action(RunnerRequest request) => request.Http.Request.PathBase + request.Http.Request.Path + (request.ReturnToCheck ? "?change=check" : "");
}
