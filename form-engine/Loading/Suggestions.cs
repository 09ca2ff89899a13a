using GovDesign.Patterns;

namespace GovDesign.Forms.Loading;

/// <summary>"Did you mean ...?" for a name that is not known: the nearest known name, when it is a few edits away (a swap of two letters is one).</summary>
internal static class Suggestions
{
    public static string For(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance.Between(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, name.Length / 3) ? $" Did you mean \"{best}\"?" : "";
    }
}
