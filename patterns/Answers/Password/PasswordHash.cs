using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovDesign.Patterns.Answers;

public sealed partial record PasswordAnswer
{
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A salted hash of the password, as <c>pbkdf2-sha256$iterations$salt$hash</c> (salt and hash in base 64).</summary>
    /// <param name="password">The password.</param>
    /// <returns>The hash, which is what the answer keeps.</returns>
    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, HashIterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"pbkdf2-sha256${HashIterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="hash"/> was made from, compared in constant time.</summary>
    /// <param name="hash">A hash made by <see cref="Hash"/> (the answer's value).</param>
    /// <param name="password">The password to check.</param>
    /// <returns>True when they match; false for a hash of another shape.</returns>
    public static bool Verify(string hash, string password)
    {
        var parts = hash.Split('$');
        if (parts is not ["pbkdf2-sha256", var count, var salt, var expected]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var wanted = Convert.FromBase64String(expected);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(salt), iterations, HashAlgorithmName.SHA256, wanted.Length);
            return CryptographicOperations.FixedTimeEquals(actual, wanted);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
