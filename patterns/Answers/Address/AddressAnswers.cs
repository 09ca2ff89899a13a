namespace GovDesign.Patterns.Answers;

/// <summary>
/// A UK postal address: two address lines, town or city, an optional county and the postcode,
/// which is checked and formatted ("sw1a1aa" becomes "SW1A 1AA").
/// </summary>
public sealed partial record UkAddressAnswer : AnswerType
{
    /// <summary>Whether to ask for the county; false by default (Royal Mail does not need it).</summary>
    public bool AskCounty { get; init; }

    /// <summary>The most characters allowed in each line; 100 by default.</summary>
    public int MaxLineLength { get; init; } = 100;
}

/// <summary>
/// An address anywhere in the world: free address lines and a country chosen from a list (a plain
/// select that works without JavaScript). The country is saved as its ISO 3166-1 alpha-2 code.
/// </summary>
public sealed partial record InternationalAddressAnswer : AnswerType
{
    /// <summary>How many address lines to show; 4 by default (between 2 and 6).</summary>
    public int Lines { get; init; } = 4;

    /// <summary>How many lines must be filled in; 2 by default.</summary>
    public int RequiredLines { get; init; } = 2;

    /// <summary>The most characters allowed in each line; 100 by default.</summary>
    public int MaxLineLength { get; init; } = 100;

    /// <summary>Countries to leave out of the list, as ISO codes (for example <c>GB</c> when UK addresses are asked separately).</summary>
    public IReadOnlyList<string> ExcludeCountries { get; init; } = [];
}
