using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record TextAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, MaxLength ?? Cleaned.HardLimit);
        if (failure is not null)
        {
            return failure;
        }

        var message = TextRules.Check(question, text!, MinLength, MaxLength, MinWords, MaxWords)
            ?? CheckPattern(question, text!);
        return message is null ? new AnswerResult(JsonValue.Create(text), []) : Posted.Fail(question.Name, message);
    }

    private string? CheckPattern(AnswerQuestion question, string text)
    {
        if (string.IsNullOrEmpty(Pattern) || TextRules.Matches(Pattern, text))
        {
            return null;
        }

        return question.Messages?.GetValueOrDefault("pattern") is { Length: > 0 } custom ? custom
            : !string.IsNullOrWhiteSpace(PatternMessage) ? PatternMessage
            : Messages.For(question, "pattern", "Pattern");
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<Input>(new Dictionary<string, object?>
    {
        [nameof(Input.Name)] = question.Name,
        [nameof(Input.Label)] = View.Label(question),
        [nameof(Input.Hint)] = View.Hint(question),
        [nameof(Input.ErrorMessage)] = View.ErrorFor(state, question.Name),
        [nameof(Input.Value)] = View.Shown(state, question.Name, v => v.GetValue<string>()),
        [nameof(Input.Autocomplete)] = Autocomplete,
        [nameof(Input.Inputmode)] = InputMode,
        [nameof(Input.Spellcheck)] = Spellcheck,
        [nameof(Input.Classes)] = Width,
    });

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value.GetValue<string>();
}

/// <summary>Length, word count and pattern checks shared by short and long text.</summary>
internal static class TextRules
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The message for the first length or word rule broken, or null.</summary>
    public static string? Check(AnswerQuestion question, string text, int? minLength, int? maxLength, int? minWords, int? maxWords)
    {
        var length = new System.Globalization.StringInfo(text).LengthInTextElements;
        if (maxLength is { } max && length > max)
        {
            return Messages.For(question, "maxLength", "MaxLength", Messages.Number(max));
        }

        if (minLength is { } min && length < min)
        {
            return Messages.For(question, "minLength", "MinLength", Messages.Number(min));
        }

        var words = Words(text);
        if (maxWords is { } maxW && words > maxW)
        {
            return Messages.For(question, "maxWords", "MaxWords", Messages.Number(maxW));
        }

        return minWords is { } minW && words < minW ? Messages.For(question, "minWords", "MinWords", Messages.Number(minW)) : null;
    }

    /// <summary>How many words: runs of characters between spaces.</summary>
    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whether the whole text matches the pattern; a pattern that takes too long counts as no match.</summary>
    public static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
