namespace GovDesign.Forms.Definitions;

/// <summary>The kinds of answer a question can take; each matches an answer type in GovDesign.Patterns.</summary>
public enum AnswerKind
{
    /// <summary>A single line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>A number.</summary>
    Number,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A date (full, month and year, or day and month).</summary>
    Date,

    /// <summary>A person's name.</summary>
    Name,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A telephone number.</summary>
    Phone,

    /// <summary>A UK postal address.</summary>
    UkAddress,

    /// <summary>A postal address anywhere in the world.</summary>
    InternationalAddress,

    /// <summary>A national identity number.</summary>
    NationalId,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>One option from a list.</summary>
    SingleChoice,

    /// <summary>Any number of options from a list.</summary>
    MultipleChoice,

    /// <summary>A file upload.</summary>
    File,
}

/// <summary>Converts answer kinds to and from their names in form definitions.</summary>
public static class AnswerKinds
{
    /// <summary>The name of a kind in JSON, like <c>ukAddress</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The camel-case name.</returns>
    public static string ToJsonName(this AnswerKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static readonly Dictionary<string, AnswerKind> ByName =
        Enum.GetValues<AnswerKind>().ToDictionary(k => k.ToJsonName(), StringComparer.Ordinal);

    /// <summary>Reads a kind from its JSON name.</summary>
    /// <param name="name">The camel-case name, like <c>yesNo</c>.</param>
    /// <param name="kind">The kind, when known.</param>
    /// <returns>Whether the name is a known kind.</returns>
    public static bool TryParse(string name, out AnswerKind kind) => ByName.TryGetValue(name, out kind);
}
