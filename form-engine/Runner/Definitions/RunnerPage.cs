using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>One page of a form: its questions, any content above them, and whether it repeats.</summary>
internal sealed record RunnerPage(string Path, IReadOnlyList<RunnerQuestion> Questions)
{
    /// <summary>The page heading when the page asks several questions (or none); null when its one question is the heading.</summary>
    public Func<string>? Heading { get; init; }

    public Func<string?> Caption { get; init; } = () => null;

    /// <summary>Trusted markup the service team wrote (Markdown already converted), never a citizen's input.</summary>
    public Func<string?> ContentHtml { get; init; } = () => null;

    /// <summary>Set for an "add another" page.</summary>
    public RepeatRule? Repeat { get; init; }

    /// <summary>An exit page ends the journey: the citizen cannot go on from it.</summary>
    public bool IsExit { get; init; }

    public string Title() => Heading?.Invoke() ?? Questions.FirstOrDefault()?.Ask().Label ?? Path;
}

/// <summary>A question on a page, with the answer type that reads, renders and describes it.</summary>
internal sealed record RunnerQuestion(string Name, AnswerType Type, Func<AnswerQuestion> Ask)
{
    /// <summary>The question as check answers lists it.</summary>
    public Func<string> ShortLabel { get; init; } = () => Ask().Label;
}

/// <summary>The limits of an "add another" page; Item names one entry ("vehicle").</summary>
internal sealed record RepeatRule(int Min, int Max, Func<string> Item);
