using System.Text.Json.Nodes;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Journeys;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>GET and POST of a question page.</summary>
internal static class QuestionEndpoints
{
    public static async Task GetAsync(RunnerRequest request, RunnerPage page)
    {
        if (!JourneyNavigator.CanShow(request.Form, request.State, page))
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        await Pages.QuestionsAsync(request, page, request.Http.Request.Path + request.Http.Request.QueryString, Navigation.BackHref(request, page),
            q => new AnswerState { Value = request.State.Answers[q.Name] }, []);
    }

    public static async Task PostAsync(RunnerRequest request, RunnerPage page, IFormCollection posted)
    {
        if (!JourneyNavigator.CanShow(request.Form, request.State, page) || page.IsExit)
        {
            await Pages.RedirectAsync(request.Http, Navigation.ResumeHref(request));
            return;
        }

        var (values, errors, byQuestion) = Read(page, posted);
        if (errors.Count > 0)
        {
            await Pages.QuestionsAsync(request, page, request.Http.Request.Path + request.Http.Request.QueryString, Navigation.BackHref(request, page),
                q => new AnswerState { Posted = posted, Errors = byQuestion.GetValueOrDefault(q.Name, []) }, errors);
            return;
        }

        foreach (var (name, value) in values)
        {
            request.State.Answers[name] = value;
        }

        request.State.Completed.Add(page.Path);
        await request.SaveAsync();
        await Pages.RedirectAsync(request.Http, Navigation.NextHref(request, page));
    }

    /// <summary>Reads every question on the page: the values, all errors in page order, and errors by question.</summary>
    public static (List<(string Name, JsonNode? Value)> Values, List<FieldError> Errors, Dictionary<string, IReadOnlyList<FieldError>> ByQuestion) Read(RunnerPage page, IFormCollection posted)
    {
        var values = new List<(string, JsonNode?)>();
        var errors = new List<FieldError>();
        var byQuestion = new Dictionary<string, IReadOnlyList<FieldError>>(StringComparer.Ordinal);
        foreach (var question in page.Questions)
        {
            var result = question.Type.Read(question.Ask(), posted);
            values.Add((question.Name, result.Value));
            errors.AddRange(result.Errors);
            byQuestion[question.Name] = result.Errors;
        }

        return (values, errors, byQuestion);
    }
}
