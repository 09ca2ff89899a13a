namespace GovDesign.Patterns.Answers;

/// <summary>
/// A telephone number, national or international, checked with libphonenumber and saved in
/// E.164 form (<c>+447700900123</c>).
/// </summary>
public sealed partial record PhoneAnswer : AnswerType
{
    /// <summary>The region whose national numbers are accepted without a country code, as ISO 3166-1 alpha-2; <c>GB</c> by default.</summary>
    public string DefaultRegion { get; init; } = "GB";

    /// <summary>Whether numbers from other countries are accepted (with their country code); true by default.</summary>
    public bool AllowInternational { get; init; } = true;

    /// <summary>Whether only mobile numbers are accepted.</summary>
    public bool MobileOnly { get; init; }
}
