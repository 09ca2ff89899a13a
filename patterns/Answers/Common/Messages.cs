using System.Globalization;

namespace GovDesign.Patterns.Answers;

/// <summary>Error messages for a question: the service team's custom message for a rule, or the localised default.</summary>
internal static class Messages
{
    /// <summary>
    /// The message for <paramref name="rule"/>: the question's custom message when it has one,
    /// otherwise the resource <paramref name="resourceKey"/> with the subject as <c>{0}</c> and
    /// <paramref name="args"/> after it, starting with a capital letter.
    /// </summary>
    public static string For(AnswerQuestion question, string rule, string resourceKey, params object?[] args)
    {
        if (question.Messages is not null && question.Messages.TryGetValue(rule, out var custom) && !string.IsNullOrWhiteSpace(custom))
        {
            return custom;
        }

        var message = AnswerText.Format(resourceKey, [question.Subject, .. args]);
        return Capitalise(message);
    }

    /// <summary>The text with its first letter upper-cased in the current culture.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 || !char.IsLower(text[0])
            ? text
            : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];

    /// <summary>A whole number written for a message, with separators of the current culture.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);
}
