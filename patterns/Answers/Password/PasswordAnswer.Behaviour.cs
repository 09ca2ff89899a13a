using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record PasswordAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        // Read as posted, not cleaned: spaces and every other character are part of a password.
        var password = Posted.Value(form, question.Name) ?? "";
        if (password.Length == 0)
        {
            return question.Required ? Posted.Fail(question.Name, Messages.For(question, "required", "Required.Enter")) : new AnswerResult(null, []);
        }

        if (password.Length < MinLength)
        {
            return Posted.Fail(question.Name, Messages.For(question, "minLength", "MinLength", Messages.Number(MinLength)));
        }

        if (password.Length > MaxLength)
        {
            return Posted.Fail(question.Name, Messages.For(question, "maxLength", "MaxLength", Messages.Number(MaxLength)));
        }

        if (EasyToGuess(password))
        {
            return Posted.Fail(question.Name, Messages.For(question, "guessable", "Password.Guessable"));
        }

        if (IsBreached?.Invoke(password) == true)
        {
            return Posted.Fail(question.Name, Messages.For(question, "breached", "Password.Breached"));
        }

        return new AnswerResult(JsonValue.Create(Hash(password)), []);
    }

    /// <summary>One or two characters over and over, a run up or down the alphabet or the digits, or a well-known password with digits added.</summary>
    internal static bool EasyToGuess(string password)
    {
        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() <= 2)
        {
            return true;
        }

        // 0 follows 9 in a run of digits ("890123"), as it does on a keyboard's top row.
        var steps = lower.Zip(lower.Skip(1), (a, b) => (b - a) switch { -9 => 1, 9 => -1, var step => step }).Distinct().ToList();
        if (steps is [1] or [-1])
        {
            return true;
        }

        var compact = new string([.. lower.Where(char.IsLetterOrDigit)]);
        return new[] { "password", "passw0rd", "qwerty", "letmein" }.Any(w => compact.Contains(w, StringComparison.Ordinal) && compact.Replace(w, "", StringComparison.Ordinal).All(char.IsDigit));
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<PasswordInput>(new Dictionary<string, object?>
    {
        // Never shown again, not even after an error: the page would carry the password in its HTML.
        [nameof(PasswordInput.Name)] = question.Name,
        [nameof(PasswordInput.Label)] = View.Label(question),
        [nameof(PasswordInput.Hint)] = View.Hint(question) ?? new HintOptions { Text = AnswerText.Format("Password.Hint", Messages.Number(MinLength)) },
        [nameof(PasswordInput.ErrorMessage)] = View.ErrorFor(state, question.Name),
        [nameof(PasswordInput.Autocomplete)] = "new-password",
    });

    /// <inheritdoc />
    public override string Describe(JsonNode value) => AnswerText.Get("Password.Hidden");
}
