using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Forms.Storage;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>GET and POST of a question page.</summary>
internal static class QuestionEndpoints
{
    public static IResult Get(RunnerRequest request, Page page)
    {
        if (!Navigation.CanShow(request, page))
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        return RunnerPages.Questions(request, page, request.SelfHref, Navigation.BackHref(request, page),
            q => new AnswerState { Value = request.Answers.TryGetAnswer(q.Name, out var value) ? value : null }, []);
    }

    public static async Task<IResult> PostAsync(RunnerRequest request, Page page, IFormCollection posted)
    {
        if (!Navigation.CanShow(request, page) || page.IsExit)
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        var (values, errors, byQuestion) = await ReadAsync(request, page, posted, name => request.Answers.TryGetAnswer(name, out var value) ? value : null);
        if (errors.Count > 0)
        {
            return RunnerPages.Questions(request, page, request.SelfHref, Navigation.BackHref(request, page),
                q => new AnswerState { Posted = posted, Errors = byQuestion.GetValueOrDefault(q.Name, []) }, errors);
        }

        foreach (var (name, value) in values)
        {
            request.Answers.Set(name, value);
        }

        request.Answers.SetFinished(page.Path, page.Questions.Count == 0);
        await request.SaveAsync();
        return RunnerPages.Redirect(Navigation.NextHref(request, page));
    }

    /// <summary>
    /// Reads every question on the page: the values, all errors in page order, and the errors by
    /// question. A file question posted without a file keeps the file already uploaded (<paramref name="saved"/>);
    /// when the page has no errors, new uploads are stored and their answers name them.
    /// </summary>
    public static async Task<(Dictionary<string, JsonNode?> Values, List<FieldError> Errors, Dictionary<string, IReadOnlyList<FieldError>> ByQuestion)> ReadAsync(
        RunnerRequest request, Page page, IFormCollection posted, Func<string, JsonNode?> saved)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var uploads = new Dictionary<string, IFormFile>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        var byQuestion = new Dictionary<string, IReadOnlyList<FieldError>>(StringComparer.Ordinal);
        foreach (var question in page.Questions)
        {
            var type = request.Form.Types.For(question, request.Language);
            if (type is FileAnswer && !Uploaded(posted, question.Name) && saved(question.Name) is JsonObject kept)
            {
                values[question.Name] = kept.DeepClone();
                byQuestion[question.Name] = [];
                continue;
            }

            var result = type.Read(request.Form.Types.Ask(question, request.Language), posted);
            values[question.Name] = result.Value;
            errors.AddRange(result.Errors);
            byQuestion[question.Name] = result.Errors;
            if (result.Errors.Count > 0)
            {
                request.Metrics.ValidationFailed(request.Form.Slug, question.Name, result.Errors.Count);
            }

            if (result.Files is [var upload, ..])
            {
                uploads[question.Name] = upload;
            }
        }

        if (errors.Count == 0)
        {
            foreach (var (name, upload) in uploads)
            {
                values[name]![StoredFile.IdProperty] = await request.SaveFileAsync(upload, values[name]!);
            }
        }

        return (values, errors, byQuestion);
    }

    private static bool Uploaded(IFormCollection posted, string name) => posted.Files.GetFile(name) is { } file && (file.Length > 0 || file.FileName.Length > 0);
}
