namespace GovDesign.Patterns.Answers;

/// <summary>
/// An amount of money. The currency symbol and thousands separators are accepted in what is
/// typed; the answer is saved as a JSON number in the currency's main unit (pounds, not pence).
/// </summary>
public sealed partial record MoneyAnswer : AnswerType
{
    /// <summary>The symbol shown before the box and accepted in the answer; "£" by default.</summary>
    public string CurrencySymbol { get; init; } = "£";

    /// <summary>Whether pence (two decimal places) are allowed; true by default.</summary>
    public bool AllowPence { get; init; } = true;

    /// <summary>The smallest amount allowed; 0 by default.</summary>
    public decimal? Minimum { get; init; } = 0m;

    /// <summary>The largest amount allowed.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>A unit shown after the box, such as "per week".</summary>
    public string? Suffix { get; init; }

    /// <summary>A width class for the input; <c>govuk-input--width-10</c> by default.</summary>
    public string? Width { get; init; }
}
