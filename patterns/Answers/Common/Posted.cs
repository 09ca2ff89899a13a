using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>Reading raw values from a posted form, and the results built from them.</summary>
internal static class Posted
{
    /// <summary>The first value posted under <paramref name="name"/>, or null.</summary>
    public static string? Value(IFormCollection? form, string name) =>
        form is not null && form.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Every non-empty value posted under <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Values(IFormCollection? form, string name) =>
        form is not null && form.TryGetValue(name, out var values)
            ? [.. values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)]
            : [];

    /// <summary>A failed result with one error.</summary>
    public static AnswerResult Fail(string fieldId, string message) => new(null, [new FieldError(fieldId, message)]);

    /// <summary>The message for a cleaning problem (too long, control characters).</summary>
    public static string Problem(AnswerQuestion question, string problem, int limit) => problem switch
    {
        "tooLong" => Messages.For(question, "maxLength", "MaxLength", Messages.Number(limit)),
        _ => Messages.For(question, "controlCharacters", "ControlCharacters"),
    };

    /// <summary>
    /// Reads one box: its cleaned text, or the error when it has a problem, or is empty and
    /// required (with <paramref name="requiredKey"/> as the resource of the required message).
    /// </summary>
    public static (string? Text, AnswerResult? Failure) ReadLine(AnswerQuestion question, IFormCollection form, string fieldId, int limit, string requiredKey = "Required.Enter")
    {
        var cleaned = Cleaned.Line(Value(form, fieldId));
        if (cleaned.Problem is not null)
        {
            return (null, Fail(fieldId, Problem(question, cleaned.Problem, Math.Min(limit, Cleaned.HardLimit))));
        }

        if (cleaned.IsEmpty)
        {
            return (null, question.Required ? Fail(fieldId, Messages.For(question, "required", requiredKey)) : new AnswerResult(null, []));
        }

        return (cleaned.Text, null);
    }
}
