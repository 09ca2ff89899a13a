using System.Security.Cryptography;
using System.Text;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// A code the service sent to an email address or phone, typed back to show that the address or number
/// is the citizen's. The answer type reads the code (spaces and hyphens ignored) and checks its length;
/// the service compares it with the code it sent (<see cref="Matches"/>) and, when it does not match or
/// has expired, shows <see cref="Mismatch"/> or <see cref="Expired"/> as the question's error.
/// </summary>
public sealed partial record ConfirmationCodeAnswer : AnswerType
{
    /// <summary>How many digits the codes have; 6 by default.</summary>
    public int Digits { get; init; } = 6;

    /// <summary>A new code of <paramref name="digits"/> digits from a cryptographic random number generator, to send.</summary>
    /// <param name="digits">How many digits, from 4 to 10.</param>
    /// <returns>The code, with leading zeros kept.</returns>
    public static string Create(int digits = 6)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 10);
        return string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))));
    }

    /// <summary>Whether the code read from the answer is the one sent, compared in constant time.</summary>
    /// <param name="sent">The code the service sent.</param>
    /// <param name="typed">The code the answer type read.</param>
    /// <returns>True when they are the same.</returns>
    public static bool Matches(string sent, string typed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sent), Encoding.ASCII.GetBytes(typed));

    /// <summary>The error to show when the code typed is not the code sent, in the current language.</summary>
    /// <param name="question">The question that asked for the code.</param>
    /// <returns>The error, on the question's box.</returns>
    public static FieldError Mismatch(AnswerQuestion question) => new(question.Name, Messages.For(question, "mismatch", "Code.Mismatch"));

    /// <summary>The error to show when the code was right but is too old, in the current language.</summary>
    /// <param name="question">The question that asked for the code.</param>
    /// <returns>The error, on the question's box.</returns>
    public static FieldError Expired(AnswerQuestion question) => new(question.Name, Messages.For(question, "expired", "Code.Expired"));
}
