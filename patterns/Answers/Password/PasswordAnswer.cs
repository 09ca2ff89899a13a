using System.Text.Json.Serialization;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// A new password. It is checked for length, for being easy to guess (one character repeated, a run such as
/// <c>12345678</c>, the question's own words) and, when the service gives <see cref="IsBreached"/>, against a
/// list of passwords known from data breaches. The password is never kept, shown again or described: the
/// answer's value is a salted PBKDF2 hash of it (<see cref="Verify"/> checks a password against one).
/// </summary>
public sealed partial record PasswordAnswer : AnswerType
{
    /// <summary>The fewest characters allowed; 12 by default.</summary>
    public int MinLength { get; init; } = 12;

    /// <summary>The most characters allowed; 256 by default, so people can use long passphrases.</summary>
    public int MaxLength { get; init; } = 256;

    /// <summary>
    /// Whether a password is on a list of passwords known from data breaches, such as a range query to a breach
    /// service that is sent only the first characters of the password's hash. Null to skip the check.
    /// </summary>
    [JsonIgnore]
    public Func<string, bool>? IsBreached { get; init; }

    /// <summary>How many PBKDF2 iterations the hash uses; 600,000 by default (HMAC-SHA256).</summary>
    public int HashIterations { get; init; } = 600_000;
}
