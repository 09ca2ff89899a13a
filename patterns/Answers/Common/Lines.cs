using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>One box of an answer with several: its cleaned text, or its error, for answer types that report every box's problem at once.</summary>
internal static class Lines
{
    /// <summary>
    /// Reads the box <paramref name="fieldId"/>: its cleaned text; or its error when it is too long, has control
    /// characters, or is empty and <paramref name="required"/> (then the message is the question's custom message
    /// for <paramref name="requiredRule"/>, or the resource <paramref name="requiredKey"/>).
    /// </summary>
    public static (string? Text, FieldError? Error) Read(AnswerQuestion question, IFormCollection form, string fieldId, int limit, bool required, string requiredRule, string requiredKey)
    {
        var cleaned = Cleaned.Line(Posted.Value(form, fieldId));
        if (cleaned.Problem is not null)
        {
            return (null, new FieldError(fieldId, Posted.Problem(question, cleaned.Problem, Math.Min(limit, Cleaned.HardLimit))));
        }

        if (cleaned.IsEmpty)
        {
            return (null, required ? new FieldError(fieldId, Messages.For(question, requiredRule, requiredKey)) : null);
        }

        return cleaned.Text.Length > limit
            ? (null, new FieldError(fieldId, Messages.For(question, "maxLength", "MaxLength", Messages.Number(limit))))
            : (cleaned.Text, null);
    }

    /// <summary>The text without spaces, hyphens and dashes (as people type them in long numbers), upper-cased.</summary>
    public static string Compact(string text) =>
        new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014'))]).ToUpperInvariant();
}
