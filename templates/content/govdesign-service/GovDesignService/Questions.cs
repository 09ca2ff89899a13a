using GovDesign.Patterns.Answers;

namespace GovDesignService;

/// <summary>One question of the service: its page's address, how it is asked and the type of its answer.</summary>
public sealed record Question(string Path, AnswerQuestion Ask, AnswerType Answer);

/// <summary>The service's questions, in the order they are asked. Add a question here to add a page.</summary>
public static class Questions
{
    public static readonly IReadOnlyList<Question> All =
    [
        new("full-name",
            new AnswerQuestion("full-name", "What is your full name?", "your full name"),
            new NameAnswer()),
        new("date-of-birth",
            new AnswerQuestion("date-of-birth", "What is your date of birth?", "your date of birth") { Hint = "For example, 27 3 2007" },
            new DateAnswer { MustBeInPast = true, Autocomplete = "bday" }),
    ];

    /// <summary>The question asked at <paramref name="path"/>, if any.</summary>
    public static Question? At(string path) => All.FirstOrDefault(q => q.Path == path);
}
