using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
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
    public static IResult Get(RunnerRequest request, Page page) =>
        Navigation.Elsewhere(request, page) ?? RunnerPages.Questions(request, page, request.SelfHref, Navigation.BackHref(request, page),
            q => new AnswerState { Value = request.Answers.TryGetAnswer(q.Name, out var value) ? value : request.Answers.Prefilled(q.Name) }, []);

    public static async Task<IResult> PostAsync(RunnerRequest request, Page page, IFormCollection posted)
    {
        if (!Navigation.CanShow(request, page) || page.IsExit)
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        if (FileListPosts.Target(request, page, posted) is { } target)
        {
            return await FileListPosts.StayAsync(request, page, posted, target.Question, target.Type);
        }

        var (values, errors, byQuestion, newFiles) = await ReadAsync(request, page, posted, name => request.Answers.TryGetAnswer(name, out var value) ? value : null);
        PageRuleChecks.Check(request, page, values, errors, byQuestion);
        if (errors.Count > 0)
        {
            // A good new file is kept even when another answer on the page is wrong, so it need not be chosen again.
            if (newFiles.Count > 0)
            {
                foreach (var name in newFiles)
                {
                    request.Answers.Set(name, values[name]);
                }

                await request.SaveAsync();
            }

            return RunnerPages.Questions(request, page, request.SelfHref, Navigation.BackHref(request, page),
                q => Reshown(posted, q, values, byQuestion, request.Answers.TryGetAnswer(q.Name, out var kept) ? kept : null), errors);
        }

        foreach (var (name, value) in values)
        {
            request.Answers.Set(name, value);
        }

        // Answers under options the citizen did not choose are not kept: they would be neither shown nor sent.
        foreach (var unchosen in page.AllQuestions.Where(q => !values.ContainsKey(q.Name)))
        {
            request.Answers.Remove(unchosen.Name);
        }

        request.Answers.SetFinished(page.Path, page.Questions.Count == 0);
        await request.SaveAsync();
        return RunnerPages.Redirect(Navigation.NextHref(request, page));
    }

    /// <summary>
    /// What a question shows after a post with errors: what was posted, its own errors and, for a file
    /// question (a browser cannot be given a file back), the file uploaded so far (<paramref name="saved"/>)
    /// for the "You uploaded" note, or the files uploaded so far to a question that takes several.
    /// </summary>
    public static AnswerState Reshown(IFormCollection posted, Question question, Dictionary<string, JsonNode?> values,
        Dictionary<string, IReadOnlyList<FieldError>> byQuestion, JsonNode? saved) => new()
    {
        Posted = posted,
        Errors = byQuestion.GetValueOrDefault(question.Name, []),
        Value = values.GetValueOrDefault(question.Name) switch
        {
            JsonObject file when file.ContainsKey(StoredFile.IdProperty) => file,
            JsonArray files when question.Settings is FileSettings => files,
            _ => saved is JsonObject || (saved is JsonArray && question.Settings is FileSettings) ? saved : null,
        },
    };

    /// <summary>
    /// Reads every question on the page: the values, all errors in page order, the errors by question,
    /// and the questions given a new file. A file question posted without a file keeps the file already
    /// uploaded (<paramref name="saved"/>); a new upload that its question accepts is stored, and its
    /// answer names it, when the page has no errors or when <paramref name="keepGoodFiles"/> says the
    /// caller keeps it whatever else is wrong. Questions revealed under an option are read, and checked, only
    /// when the answer to their question is valid and chooses that option; the others get no value. Errors
    /// count in the validation metric unless <paramref name="countErrors"/> is false (saving for later, which
    /// does not ask for a complete page).
    /// </summary>
    public static async Task<(Dictionary<string, JsonNode?> Values, List<FieldError> Errors, Dictionary<string, IReadOnlyList<FieldError>> ByQuestion, IReadOnlyList<string> NewFiles)> ReadAsync(
        RunnerRequest request, Page page, IFormCollection posted, Func<string, JsonNode?> saved, bool keepGoodFiles = true, bool countErrors = true)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var uploads = new Dictionary<string, IFormFile>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        var byQuestion = new Dictionary<string, IReadOnlyList<FieldError>>(StringComparer.Ordinal);
        var asked = new List<Question>(page.Questions);
        for (var i = 0; i < asked.Count; i++)
        {
            var question = asked[i];
            var type = request.Form.Types.For(question, request.Language);
            if (type is FileAnswer { MaxFiles: <= 1 } && !Uploaded(posted, question.Name) && saved(question.Name) is JsonObject kept)
            {
                values[question.Name] = kept.DeepClone();
                byQuestion[question.Name] = [];
                continue;
            }

            var ask = request.Form.Types.Ask(question, request.Language);
            var result = type is FileAnswer { MaxFiles: > 1 } several ? several.ReadList(ask, posted, saved(question.Name) as JsonArray) : type.Read(ask, posted);
            values[question.Name] = result.Value;
            errors.AddRange(result.Errors);
            byQuestion[question.Name] = result.Errors;
            if (result.Errors.Count > 0 && countErrors)
            {
                request.Metrics.ValidationFailed(request.Form.Slug, question.Name, result.Errors.Count);
            }

            if (result.Errors.Count == 0 && result.Files is [var upload, ..])
            {
                uploads[question.Name] = upload;
            }

            if (result.Errors.Count == 0)
            {
                // Right after their question, so that errors stay in page order.
                asked.InsertRange(i + 1, question.RevealedFor(result.Value));
            }
        }

        if (errors.Count > 0 && !keepGoodFiles)
        {
            return (values, errors, byQuestion, []);
        }

        foreach (var (name, upload) in uploads)
        {
            // A question that takes several files has the new one last in its list.
            var file = values[name] is JsonArray list ? list[^1]! : values[name]!;
            file[StoredFile.IdProperty] = await request.SaveFileAsync(upload, file);
        }

        return (values, errors, byQuestion, [.. uploads.Keys]);
    }

    private static bool Uploaded(IFormCollection posted, string name) => posted.Files.GetFile(name) is { } file && (file.Length > 0 || file.FileName.Length > 0);
}
