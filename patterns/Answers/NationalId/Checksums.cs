namespace GovDesign.Patterns.Answers;

/// <summary>Check digit schemes over the digits of an identifier (letters are ignored).</summary>
internal static class Checksums
{
    /// <summary>Whether the identifier's check digit is right under <paramref name="scheme"/>.</summary>
    public static bool Passes(IdChecksum scheme, string identifier)
    {
        var digits = identifier.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        return scheme switch
        {
            IdChecksum.Luhn => digits.Length >= 2 && Luhn(digits),
            IdChecksum.Mod11 => digits.Length >= 2 && Mod11(digits),
            _ => true,
        };
    }

    /// <summary>From the right, every second digit doubled (minus 9 when over 9); the sum ends in 0.</summary>
    private static bool Luhn(int[] digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// The digits before the last weighted from their count + 1 down to 2; 11 minus the sum's
    /// remainder by 11 (11 becomes 0; 10 is never valid) is the last digit.
    /// </summary>
    private static bool Mod11(int[] digits)
    {
        var body = digits.Length - 1;
        var sum = 0;
        for (var i = 0; i < body; i++)
        {
            sum += digits[i] * (body + 1 - i);
        }

        var check = 11 - (sum % 11);
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits[^1];
    }
}
