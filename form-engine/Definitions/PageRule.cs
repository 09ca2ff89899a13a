using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Definitions;

/// <summary>
/// A rule across several answers, checked when the citizen continues from the page that has it: "give at
/// least one of these", "this date after that one", "these amounts add up to at most N". When it is broken
/// the page is shown again with <see cref="Message"/> next to <see cref="Field"/> and in the error summary.
/// </summary>
public abstract class PageRule
{
    /// <summary>The question on the page the error is linked to and shown next to.</summary>
    public required string Field { get; init; }

    /// <summary>The error message, per language.</summary>
    public required LocalText Message { get; init; }

    /// <summary>The JSON pointer of the rule in the definition.</summary>
    public required string Pointer { get; init; }

    /// <summary>Every question the rule reads.</summary>
    public abstract IReadOnlyList<string> Questions { get; }

    /// <summary>Whether the answers break the rule. A rule whose answers are not all there to compare holds.</summary>
    /// <param name="answer">The answer to a question (from this page, or an earlier one); null when blank or not given.</param>
    /// <returns>True when the error is to be shown.</returns>
    public abstract bool IsBroken(Func<string, JsonNode?> answer);

    /// <summary>A number answer as a decimal, or null.</summary>
    private protected static decimal? Number(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var n) ? n : null;
}

/// <summary>At least one of the questions must be answered (each of them is optional on its own).</summary>
public sealed class AtLeastOneRule : PageRule
{
    /// <summary>The questions, at least one of which needs an answer.</summary>
    public required IReadOnlyList<string> Of { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions => Of;

    /// <inheritdoc/>
    public override bool IsBroken(Func<string, JsonNode?> answer) => Of.All(q => answer(q) is null or JsonArray { Count: 0 });
}

/// <summary>The totals of number or money questions must stay within a limit.</summary>
public sealed class SumRule : PageRule
{
    /// <summary>The questions whose answers are added up; a blank answer counts as nothing.</summary>
    public required IReadOnlyList<string> Of { get; init; }

    /// <summary>The limit.</summary>
    public required decimal Limit { get; init; }

    /// <summary>True when the total must be at most <see cref="Limit"/>; false for at least.</summary>
    public required bool AtMost { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions => Of;

    /// <inheritdoc/>
    public override bool IsBroken(Func<string, JsonNode?> answer)
    {
        var total = Of.Sum(q => Number(answer(q)) ?? 0m);
        return AtMost ? total > Limit : total < Limit;
    }
}

/// <summary>A date must come after (or before) another date, optionally moved by an offset.</summary>
public sealed class DateOrderRule : PageRule
{
    /// <summary>The date question checked (it is the one on the page the error is linked to).</summary>
    public required string Date { get; init; }

    /// <summary>The date question it is compared with.</summary>
    public required string Other { get; init; }

    /// <summary>True when <see cref="Date"/> must be after the other date; false for before.</summary>
    public required bool After { get; init; }

    /// <summary>Moves the other date before comparing, like <c>+7d</c> or <c>-1y</c>; null for none.</summary>
    public Conditions.DateValue? Offset { get; init; }

    /// <summary>Whether the same day is allowed.</summary>
    public bool OrSameDay { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions => [Date, Other];

    /// <inheritdoc/>
    public override bool IsBroken(Func<string, JsonNode?> answer)
    {
        if (!TryDate(answer(Date), out var date) || !TryDate(answer(Other), out var other))
        {
            return false;
        }

        var limit = Offset?.Resolve(other) ?? other;
        var order = date.CompareTo(limit);
        return After ? order < 0 || (order == 0 && !OrSameDay) : order > 0 || (order == 0 && !OrSameDay);
    }

    private static bool TryDate(JsonNode? value, out DateOnly date)
    {
        date = default;
        return value is JsonValue v && v.TryGetValue<string>(out var text) && Conditions.DateValue.TryParseAnswer(text, out date);
    }
}
