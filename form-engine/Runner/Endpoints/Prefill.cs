using GovDesign.Forms.Runner.Requests;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// Answers prefilled from the link that opens the form: <c>/form/?reference=AB12&amp;area=north</c> on the
/// start page gives the questions marked <c>prefill</c> those values, each read and checked by its
/// question's answer type as if typed (the fields a page would post, like <c>when-day</c>). A value is
/// kept with the journey and shown in its box until the citizen answers; one that does not pass its
/// question's checks, or names a question not marked <c>prefill</c>, is ignored.
/// </summary>
internal static class Prefill
{
    public static async Task CaptureAsync(RunnerRequest request)
    {
        var query = request.Http.Request.Query;
        if (query.Count == 0 || !HttpMethods.IsGet(request.Http.Request.Method))
        {
            return;
        }

        var fields = new FormCollection(query.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal));
        var kept = false;
        foreach (var question in request.Form.Definition.Questions.Where(q => q.Prefill && Names(query.Keys, q.Name)))
        {
            var types = request.Form.Types;
            var result = types.For(question, request.Language).Read(types.Ask(question, request.Language), fields);
            if (result.IsValid && result.Value is { } value)
            {
                request.Answers.SetPrefilled(question.Name, value);
                kept = true;
            }
        }

        if (kept)
        {
            await request.SaveAsync();
        }
    }

    /// <summary>Whether the link gives a field of the question: its name, or a part of it (<c>when-day</c>).</summary>
    private static bool Names(ICollection<string> keys, string name) =>
        keys.Any(k => k == name || (k.Length > name.Length && k[name.Length] == '-' && k.StartsWith(name, StringComparison.Ordinal)));
}
