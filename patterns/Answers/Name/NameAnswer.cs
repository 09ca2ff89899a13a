using System.Text.Json.Serialization;

namespace GovDesign.Patterns.Answers;

/// <summary>How a name is asked for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NameParts>))]
public enum NameParts
{
    /// <summary>One box for the whole name; saved as a JSON string.</summary>
    [JsonStringEnumMemberName("full")] Full,

    /// <summary>Given names and family name; saved as <c>{"given": "...", "family": "..."}</c>.</summary>
    [JsonStringEnumMemberName("givenAndFamily")] GivenAndFamily,
}

/// <summary>
/// A person's name. It accepts every real name: apostrophes, hyphens, one-word names, accents and
/// diacritics, and names in any script. It only refuses digits, symbols and the like.
/// </summary>
public sealed partial record NameAnswer : AnswerType
{
    /// <summary>Whether the name is asked as one box or as given and family names.</summary>
    public NameParts Parts { get; init; } = NameParts.Full;

    /// <summary>Whether the family name may be left empty (people with one name); true by default.</summary>
    public bool FamilyNameOptional { get; init; } = true;

    /// <summary>The most characters allowed in each box; 200 by default.</summary>
    public int MaxLength { get; init; } = 200;
}
