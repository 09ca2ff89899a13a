using System.Text.Json.Serialization;

namespace GovDesign.Patterns.Answers;

/// <summary>How a bank account is identified.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BankAccountKind>))]
public enum BankAccountKind
{
    /// <summary>A UK account: a 6-digit sort code and an account number of 6 to 8 digits, with an optional building society roll number.</summary>
    [JsonStringEnumMemberName("uk")] Uk,

    /// <summary>An international bank account number (IBAN), checked with its two check digits (ISO 13616, mod 97).</summary>
    [JsonStringEnumMemberName("iban")] Iban,
}

/// <summary>
/// The details of a bank account that a service will pay money into: the name on the account and a UK
/// sort code and account number, or an IBAN. Spaces and hyphens typed in the numbers are ignored. The
/// answer type checks the shape of the numbers (and an IBAN's check digits), not that the account
/// exists: a service that pays money checks that with a bank account validation service.
/// </summary>
public sealed partial record BankDetailsAnswer : AnswerType
{
    /// <summary>How the account is identified; a UK sort code and account number by default.</summary>
    public BankAccountKind Kind { get; init; } = BankAccountKind.Uk;

    /// <summary>For a UK account: whether to ask for a building society roll number (optional for the citizen); true by default.</summary>
    public bool AskRollNumber { get; init; } = true;

    /// <summary>The most characters allowed in the name on the account; 70 by default.</summary>
    public int MaxNameLength { get; init; } = 70;
}
