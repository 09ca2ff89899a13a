using System.Text.Json.Serialization;

namespace GovDesign.Patterns.Answers;

/// <summary>The check digit scheme of a national identifier.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IdChecksum>))]
public enum IdChecksum
{
    /// <summary>No check digit.</summary>
    [JsonStringEnumMemberName("none")] None,

    /// <summary>The Luhn (mod 10) check over the digits, as on payment cards.</summary>
    [JsonStringEnumMemberName("luhn")] Luhn,

    /// <summary>A mod 11 check over the digits, weights from the length down to 2, as the NHS number uses.</summary>
    [JsonStringEnumMemberName("mod11")] Mod11,
}

/// <summary>Built-in national identifiers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NationalIdKind>))]
public enum NationalIdKind
{
    /// <summary>An identifier described by <see cref="NationalIdAnswer.Pattern"/> and <see cref="NationalIdAnswer.Checksum"/>.</summary>
    [JsonStringEnumMemberName("custom")] Custom,

    /// <summary>The UK National Insurance number, saved as <c>QQ 12 34 56 C</c>.</summary>
    [JsonStringEnumMemberName("ukNationalInsurance")] UkNationalInsurance,
}

/// <summary>
/// A national identifier: the UK National Insurance number built in, or any identifier given by
/// a pattern and an optional check digit. Spaces and hyphens typed in it are ignored.
/// </summary>
public sealed partial record NationalIdAnswer : AnswerType
{
    /// <summary>Which identifier; <see cref="NationalIdKind.UkNationalInsurance"/> by default.</summary>
    public NationalIdKind Kind { get; init; } = NationalIdKind.UkNationalInsurance;

    /// <summary>For a custom identifier: a regular expression the answer must match once spaces and hyphens are removed and letters upper-cased.</summary>
    public string? Pattern { get; init; }

    /// <summary>For a custom identifier: its check digit scheme.</summary>
    public IdChecksum Checksum { get; init; } = IdChecksum.None;

    /// <summary>For a custom identifier: how the answer is described in the "must be like" message, such as "123 456 7890".</summary>
    public string? Example { get; init; }
}
