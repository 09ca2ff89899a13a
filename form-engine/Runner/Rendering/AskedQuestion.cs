using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>A question as one page shows it.</summary>
/// <param name="Type">The answer type that renders it.</param>
/// <param name="Ask">The question in the citizen's language.</param>
/// <param name="State">The saved or posted value, and its errors.</param>
public sealed record AskedQuestion(AnswerType Type, AnswerQuestion Ask, AnswerState State)
{
    /// <summary>The content blocks shown above the question, between it and the one before.</summary>
    public IReadOnlyList<ShownBlock> Before { get; init; } = [];
}
