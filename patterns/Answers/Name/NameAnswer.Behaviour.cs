using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record NameAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        if (Parts == NameParts.Full)
        {
            var (name, failure) = ReadPart(question, form, question.Name, "required", "Required.Enter", required: question.Required);
            return failure ?? new AnswerResult(name is null ? null : JsonValue.Create(name), []);
        }

        var givenId = $"{question.Name}-given";
        var familyId = $"{question.Name}-family";
        var (given, givenFailure) = ReadPart(question, form, givenId, "givenRequired", "Name.GivenRequired", question.Required);
        var familyRequired = question.Required && !FamilyNameOptional;
        var (family, familyFailure) = ReadPart(question, form, familyId, "familyRequired", "Name.FamilyRequired", familyRequired);
        var errors = new[] { givenFailure, familyFailure }.Where(f => f is not null).SelectMany(f => f!.Errors).ToList();
        if (errors.Count > 0)
        {
            return new AnswerResult(null, errors);
        }

        if (given is null && family is null)
        {
            return new AnswerResult(null, []);
        }

        if (given is null && question.Required is false)
        {
            return Posted.Fail(givenId, Messages.For(question, "givenRequired", "Name.GivenRequired"));
        }

        return new AnswerResult(new JsonObject { ["given"] = given, ["family"] = family ?? "" }, []);
    }

    private (string? Name, AnswerResult? Failure) ReadPart(AnswerQuestion question, IFormCollection form, string fieldId, string rule, string requiredKey, bool required)
    {
        var (text, failure) = Posted.ReadLine(question with { Required = required, Messages = RequiredAs(question, rule) }, form, fieldId, MaxLength, requiredKey);
        if (failure is not null || text is null)
        {
            return (null, failure);
        }

        if (new StringInfo(text).LengthInTextElements > MaxLength)
        {
            return (null, Posted.Fail(fieldId, Messages.For(question, "maxLength", "MaxLength", Messages.Number(MaxLength))));
        }

        return IsName(text) ? (text, null) : (null, Posted.Fail(fieldId, Messages.For(question, "characters", "Name.Characters")));
    }

    /// <summary>The question's messages with its custom message for this part's rule used as its "required" message.</summary>
    private static IReadOnlyDictionary<string, string>? RequiredAs(AnswerQuestion question, string rule) =>
        question.Messages is null || rule == "required" ? question.Messages
            : question.Messages.Where(m => m.Key != "required").Append(new("required", question.Messages.GetValueOrDefault(rule, ""))).ToDictionary();

    /// <summary>
    /// Letters and marks of any script, spaces, apostrophes, hyphens and full stops, with at least
    /// one letter. Digits and symbols are refused; nothing else is.
    /// </summary>
    internal static bool IsName(string text)
    {
        var hasLetter = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetter(rune))
            {
                hasLetter = true;
            }
            else if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
                && rune.Value is not (' ' or '\'' or '\u2019' or '\u02BC' or '\u2018' or '-' or '\u2010' or '\u2011' or '.' or '\u00B7' or '\u30FB'))
            {
                return false;
            }
        }

        return hasLetter;
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state)
    {
        if (Parts == NameParts.Full)
        {
            return Box(question.Name, View.Label(question), View.Hint(question), "name", state, v => v.GetValue<string>());
        }

        var given = Box($"{question.Name}-given", new LabelOptions { Text = AnswerText.Get("Name.Given") }, null, "given-name", state, v => v["given"]?.GetValue<string>());
        var family = Box($"{question.Name}-family", new LabelOptions { Text = AnswerText.Get("Name.Family") }, null, "family-name", state, v => v["family"]?.GetValue<string>());
        return Group.Render(question, state, View.Sequence(given, family));
    }

    private static RenderFragment Box(string id, LabelOptions label, HintOptions? hint, string autocomplete, AnswerState state, Func<JsonNode, string?> fromValue) =>
        View.Component<Input>(new Dictionary<string, object?>
        {
            [nameof(Input.Name)] = id,
            [nameof(Input.Label)] = label,
            [nameof(Input.Hint)] = hint,
            [nameof(Input.ErrorMessage)] = View.ErrorFor(state, id),
            [nameof(Input.Value)] = View.Shown(state, id, fromValue),
            [nameof(Input.Autocomplete)] = autocomplete,
            [nameof(Input.Spellcheck)] = false,
            [nameof(Input.Classes)] = "govuk-!-width-two-thirds",
        });

    /// <inheritdoc />
    public override string Describe(JsonNode value) => value is JsonObject parts
        ? $"{parts["given"]?.GetValue<string>()} {parts["family"]?.GetValue<string>()}".Trim()
        : value.GetValue<string>();
}
