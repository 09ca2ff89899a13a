namespace GovDesign.Patterns.Answers;

/// <summary>One question of the equality section: what it asks, and the answer type that asks it.</summary>
/// <param name="Question">The question, optional for the citizen, in the current UI language.</param>
/// <param name="Answer">How it is answered: one option from a list that ends with "Prefer not to say".</param>
public sealed record EqualityQuestion(AnswerQuestion Question, SingleChoiceAnswer Answer);

/// <summary>
/// A ready section of equality monitoring questions (age group, sex, gender, sexual orientation, disability,
/// religion or belief, and ethnic group when the service gives its country's groups), each optional and each
/// with "Prefer not to say", in English, Welsh or Vietnamese. Ask them on pages of their own, after the
/// questions the service needs, and keep the answers apart from the application.
/// </summary>
public static class EqualityQuestions
{
    /// <summary>The value of the "Prefer not to say" option of every question.</summary>
    public const string PreferNotToSay = "prefer-not-to-say";

    /// <summary>The questions, in the order to ask them, with their text in the current UI language.</summary>
    /// <param name="prefix">The start of each question's name, such as <c>equality</c> (<c>equality-age</c>, <c>equality-sex</c> ...).</param>
    /// <param name="ethnicGroups">
    /// The ethnic groups of the census of the service's country, to ask about ethnic group; null to leave the question out,
    /// since no list fits every country.
    /// </param>
    /// <returns>The section's questions.</returns>
    public static IReadOnlyList<EqualityQuestion> Section(string prefix = "equality", IReadOnlyList<AnswerOption>? ethnicGroups = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var questions = new List<EqualityQuestion>
        {
            Ask(prefix, "age", "Age", [
                Option("under-18", "Equality.Age.Under18"),
                .. new[] { (18, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 74) }.Select(r => new AnswerOption($"{r.Item1}-{r.Item2}", AnswerText.Format("Equality.Age.Range", r.Item1, r.Item2))),
                Option("75-or-over", "Equality.Age.75Plus"),
            ]),
            Ask(prefix, "sex", "Sex", [Option("female", "Equality.Sex.Female"), Option("male", "Equality.Sex.Male")]),
            Ask(prefix, "gender-same-as-at-birth", "Gender", [Option("yes", "Equality.Gender.Yes"), Option("no", "Equality.Gender.No")]),
            Ask(prefix, "sexual-orientation", "Orientation", [
                Option("straight", "Equality.Orientation.Straight"), Option("gay-or-lesbian", "Equality.Orientation.GayOrLesbian"),
                Option("bisexual", "Equality.Orientation.Bisexual"), Option("other", "Equality.Orientation.Other"),
            ]),
            Ask(prefix, "disability", "Disability", [Option("yes", "Equality.Disability.Yes"), Option("no", "Equality.Disability.No")], $"{AnswerText.Get("Equality.Disability.Hint")} {AnswerText.Get("Equality.Hint")}"),
            Ask(prefix, "religion", "Religion", [
                .. new[] { "None", "Buddhist", "Christian", "Hindu", "Jewish", "Muslim", "Sikh", "Other" }.Select(r => Option(r.ToLowerInvariant(), $"Equality.Religion.{r}")),
            ]),
        };
        if (ethnicGroups is { Count: > 0 })
        {
            questions.Add(Ask(prefix, "ethnic-group", "Ethnicity", ethnicGroups));
        }

        return questions;
    }

    private static EqualityQuestion Ask(string prefix, string name, string key, IReadOnlyList<AnswerOption> options, string? hint = null)
    {
        var question = new AnswerQuestion($"{prefix}-{name}", AnswerText.Get($"Equality.{key}.Label"), AnswerText.Get($"Equality.{key}.Subject"))
        {
            Hint = hint ?? AnswerText.Get("Equality.Hint"),
            Required = false,
        };
        var answer = new SingleChoiceAnswer
        {
            Options = [.. options, Option(PreferNotToSay, "Equality.PreferNotToSay")],
            SelectThreshold = int.MaxValue,
        };
        return new EqualityQuestion(question, answer);
    }

    private static AnswerOption Option(string value, string key) => new(value, AnswerText.Get(key));
}
