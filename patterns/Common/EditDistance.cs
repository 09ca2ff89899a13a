namespace GovDesign.Patterns;

/// <summary>
/// How many single-character edits turn one string into another: an insertion, a deletion, a
/// replacement, or a swap of two neighbouring characters (optimal string alignment). A swap counts
/// as one edit because it is the commonest slip of the fingers ("gmial", "pgae"). The one measure
/// behind every "did you mean ...?" in the solution.
/// </summary>
public static class EditDistance
{
    /// <summary>The number of edits between two strings, compared character by character (case matters).</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <returns>0 when they are equal; never more than the longer one's length.</returns>
    public static int Between(string a, string b)
    {
        // Three rows of the table are enough: a swap looks two rows back.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
