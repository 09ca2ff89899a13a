using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Forms.Storage;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// A post that uploads a file to, or removes one from, a question that takes several files (<c>maxFiles</c>):
/// the list is changed and saved with the journey, and the same page comes back with it, the other answers
/// on the page shown as they were posted and not yet checked. Continue (or Enter) goes on as any page does.
/// </summary>
internal static class FileListPosts
{
    /// <summary>The question whose Upload or Remove button was pressed, with its answer type; null when the post goes on.</summary>
    public static (Question Question, FileAnswer Type)? Target(RunnerRequest request, Page page, IFormCollection posted)
    {
        foreach (var question in page.Questions)
        {
            if (request.Form.Types.For(question, request.Language) is FileAnswer type && type.StaysOnPage(question.Name, posted))
            {
                return (question, type);
            }
        }

        return null;
    }

    public static async Task<IResult> StayAsync(RunnerRequest request, Page page, IFormCollection posted, Question question, FileAnswer type)
    {
        var before = request.Answers.TryGetAnswer(question.Name, out var saved) ? saved as JsonArray : null;
        var result = type.ReadList(request.Form.Types.Ask(question, request.Language), posted, before);
        var keptOthers = await KeepOtherNewFilesAsync(request, page, posted, question);
        if (result.IsValid)
        {
            if (result.Files is [var upload, ..] && result.Value is JsonArray { Count: > 0 } list)
            {
                list[^1]![StoredFile.IdProperty] = await request.SaveFileAsync(upload, list[^1]!);
            }

            if (result.Value is null)
            {
                request.Answers.Remove(question.Name);
            }
            else
            {
                request.Answers.Set(question.Name, result.Value);
            }

            await request.SaveAsync();
        }
        else
        {
            request.Metrics.ValidationFailed(request.Form.Slug, question.Name, result.Errors.Count);
            if (keptOthers)
            {
                await request.SaveAsync();
            }
        }

        var now = request.Answers.TryGetAnswer(question.Name, out var kept) ? kept : null;
        return RunnerPages.Questions(request, page, request.SelfHref, Navigation.BackHref(request, page),
            q => q.Name == question.Name
                ? new AnswerState { Value = now, Errors = result.Errors }
                : new AnswerState { Posted = posted, Value = request.Answers.TryGetAnswer(q.Name, out var value) ? value : null },
            result.Errors);
    }

    /// <summary>
    /// Keeps a good file newly chosen for another single-file question on the page, as a post that goes on does
    /// when the page has errors: a browser cannot send it again, so dropping it would make the citizen choose
    /// it again. A file that its question refuses is left for Continue to report. Returns whether any was kept.
    /// </summary>
    private static async Task<bool> KeepOtherNewFilesAsync(RunnerRequest request, Page page, IFormCollection posted, Question pressed)
    {
        var kept = false;
        foreach (var other in page.Questions)
        {
            if (other.Name != pressed.Name && posted.Files.GetFile(other.Name) is { Length: > 0 }
                && request.Form.Types.For(other, request.Language) is FileAnswer { MaxFiles: <= 1 } type
                && type.Read(request.Form.Types.Ask(other, request.Language), posted) is { Errors.Count: 0, Files: [var upload, ..], Value: JsonObject file })
            {
                file[StoredFile.IdProperty] = await request.SaveFileAsync(upload, file);
                request.Answers.Set(other.Name, file);
                kept = true;
            }
        }

        return kept;
    }
}
