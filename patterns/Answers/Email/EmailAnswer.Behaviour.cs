using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record EmailAnswer
{
    /// <summary>The hidden field that carries an address already pointed out, so it is accepted when sent again unchanged.</summary>
    internal static string CheckedField(AnswerQuestion question) => $"{question.Name}-checked";

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, MaxLength);
        if (failure is not null || text is null)
        {
            return failure ?? new AnswerResult(null, []);
        }

        if (Normalise(text, MaxLength) is not { } email)
        {
            return Posted.Fail(question.Name, Messages.For(question, "format", "Email.Format"));
        }

        var suggestion = Suggestion(email);
        if (suggestion is not null && Posted.Value(form, CheckedField(question)) != email)
        {
            return Posted.Fail(question.Name, Messages.For(question, "suggestion", "Email.DidYouMean", suggestion));
        }

        return new AnswerResult(JsonValue.Create(email), []);
    }

    /// <summary>The address trimmed, with its domain lower-cased; null when it is not shaped like an email address.</summary>
    internal static string? Normalise(string text, int maxLength = 254)
    {
        var at = text.LastIndexOf('@');
        if (text.Length > maxLength || at <= 0 || !Shape().IsMatch(text))
        {
            return null;
        }

        return text[..at] + "@" + text[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>The whole address with the domain probably meant, or null.</summary>
    private string? Suggestion(string email)
    {
        if (!SuggestCorrections)
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        return EmailTypos.Suggest(email[(at + 1)..]) is { } domain ? email[..at] + "@" + domain : null;
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state)
    {
        var input = View.Component<Input>(new Dictionary<string, object?>
        {
            [nameof(Input.Name)] = question.Name,
            [nameof(Input.Type)] = "email",
            [nameof(Input.Label)] = View.Label(question),
            [nameof(Input.Hint)] = View.Hint(question),
            [nameof(Input.ErrorMessage)] = View.ErrorFor(state, question.Name),
            [nameof(Input.Value)] = View.Shown(state, question.Name, v => v.GetValue<string>()),
            [nameof(Input.Autocomplete)] = Autocomplete,
            [nameof(Input.Spellcheck)] = false,
            [nameof(Input.Autocapitalize)] = "none",
            [nameof(Input.Classes)] = "govuk-!-width-two-thirds",
        });
        var pointedOut = PointedOut(question, state);
        return pointedOut is null ? input : View.Sequence(input, builder =>
        {
            builder.OpenElement(0, "input");
            builder.AddAttribute(1, "type", "hidden");
            builder.AddAttribute(2, "name", CheckedField(question));
            builder.AddAttribute(3, "value", pointedOut);
            builder.CloseElement();
        });
    }

    /// <summary>The posted address, when it was just pointed out as a likely typo.</summary>
    private string? PointedOut(AnswerQuestion question, AnswerState state)
    {
        if (state.Posted is null || state.Errors.Count == 0)
        {
            return null;
        }

        var cleaned = Cleaned.Line(Posted.Value(state.Posted, question.Name));
        return cleaned.Problem is null && Normalise(cleaned.Text, MaxLength) is { } email && Suggestion(email) is not null ? email : null;
    }

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value.GetValue<string>();

    [GeneratedRegex(@"^[^\s@<>()\[\]\\,;:""]+@[^\s@<>()\[\]\\,;:""_]+\.[^\s@<>()\[\]\\,;:""_.]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
