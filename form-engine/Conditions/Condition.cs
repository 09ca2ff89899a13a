using System.Text.Json.Nodes;

namespace GovDesign.Forms.Conditions;

/// <summary>Looks up the answers a condition reads.</summary>
public interface IAnswerLookup
{
    /// <summary>Gets the saved answer to a question.</summary>
    /// <param name="question">The question name.</param>
    /// <param name="value">The normalised answer (null when the question was skipped).</param>
    /// <returns>Whether the question has been answered or skipped.</returns>
    bool TryGetAnswer(string question, out JsonNode? value);
}

/// <summary>What a condition is evaluated against: the answers and today's date.</summary>
/// <param name="Answers">The answers so far.</param>
/// <param name="Today">Today's date, for relative dates like "-18y".</param>
public sealed record ConditionContext(IAnswerLookup Answers, DateOnly Today);

/// <summary>
/// A condition compiled from a definition when the form loads. Evaluating one never throws:
/// answers of the wrong shape or missing answers make a comparison false.
/// </summary>
public abstract class Condition
{
    /// <summary>Whether the condition holds for these answers.</summary>
    /// <param name="context">The answers and today's date.</param>
    /// <returns>True when it holds.</returns>
    public abstract bool Evaluate(ConditionContext context);

    /// <summary>The questions whose answers the condition reads.</summary>
    public abstract IEnumerable<string> Questions { get; }
}

internal sealed class AllCondition(IReadOnlyList<Condition> parts) : Condition
{
    public override bool Evaluate(ConditionContext context)
    {
        foreach (var part in parts)
        {
            if (!part.Evaluate(context))
            {
                return false;
            }
        }

        return true;
    }

    public override IEnumerable<string> Questions => parts.SelectMany(p => p.Questions);
}

internal sealed class AnyCondition(IReadOnlyList<Condition> parts) : Condition
{
    public override bool Evaluate(ConditionContext context)
    {
        foreach (var part in parts)
        {
            if (part.Evaluate(context))
            {
                return true;
            }
        }

        return false;
    }

    public override IEnumerable<string> Questions => parts.SelectMany(p => p.Questions);
}

internal sealed class NotCondition(Condition inner) : Condition
{
    public override bool Evaluate(ConditionContext context) => !inner.Evaluate(context);

    public override IEnumerable<string> Questions => inner.Questions;
}

/// <summary>A comparison of one answer, with its test compiled to a delegate.</summary>
internal sealed class ComparisonCondition(string question, Func<JsonNode, DateOnly, bool> test) : Condition
{
    public override bool Evaluate(ConditionContext context) =>
        context.Answers.TryGetAnswer(question, out var value) && value is not null && test(value, context.Today);

    public override IEnumerable<string> Questions => [question];
}

/// <summary>The <c>answered</c> operator: answered (or, with false, skipped or not reached).</summary>
internal sealed class AnsweredCondition(string question, bool expected) : Condition
{
    public override bool Evaluate(ConditionContext context) =>
        (context.Answers.TryGetAnswer(question, out var value) && !IsBlank(value)) == expected;

    private static bool IsBlank(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s),
        _ => false,
    };

    public override IEnumerable<string> Questions => [question];
}
