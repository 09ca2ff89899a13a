namespace GovDesign.Patterns.Answers;

/// <summary>
/// An amount of money. The currency symbol and thousands separators are accepted in what is
/// typed; the answer is saved as a JSON number in the currency's main unit (pounds, not pence).
/// </summary>
public sealed partial record MoneyAnswer : AnswerType
{
    /// <summary>
    /// The symbol shown before the box and accepted in the answer; "£" by default. A symbol that
    /// ends in a letter, such as a currency code ("CHF"), is followed by a space in answers shown
    /// back ("CHF 12.50"). <see cref="SymbolFor"/> gives the symbol of a currency code.
    /// </summary>
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

    /// <summary>
    /// The symbol for an ISO 4217 currency code: £ for GBP, € for EUR, $ for USD and ₹ for INR;
    /// any other code is its own symbol ("CHF"), as a symbol shared by several currencies
    /// (dollars, kronor) would not say which one is meant.
    /// </summary>
    /// <param name="currencyCode">The code, like <c>EUR</c>.</param>
    /// <returns>The symbol to show before the amount.</returns>
    public static string SymbolFor(string currencyCode) => currencyCode.ToUpperInvariant() switch
    {
        "GBP" => "£",
        "EUR" => "€",
        "USD" => "$",
        "INR" => "₹",
        var code => code,
    };
}
