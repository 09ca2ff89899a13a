using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Checks the shape of the journey as a graph over every way the conditions could go: pages that
/// no journey reaches, and loops from which no journey reaches the end or an exit page.
/// </summary>
internal sealed partial class FlowChecks(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, int> _index = pages.ToDictionary(p => p.Path, p => p.Index, StringComparer.Ordinal);

    private int End => pages.Count;

    public void Run()
    {
        var successors = Enumerable.Range(0, pages.Count).Select(Successors).ToList();
        var reached = new bool[pages.Count + 1];
        var queue = new Queue<int>(Fallthrough(-1));
        while (queue.TryDequeue(out var node))
        {
            if (reached[node])
            {
                continue;
            }

            reached[node] = true;
            if (node != End)
            {
                foreach (var next in successors[node])
                {
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var page in pages.Where(p => !reached[p.Index]))
        {
            diagnostics.Error("page.unreachable", page.Pointer, page.IsExit
                ? $"No journey reaches the exit page \"{page.Path}\": point a next rule at it."
                : $"No journey reaches the page \"{page.Path}\": every way in skips it. Check the next rules before it and its showIf.");
        }

        var finishes = CanFinish(successors);
        ReportLoops([.. pages.Where(p => reached[p.Index] && !finishes[p.Index]).Select(p => p.Index)], successors);
    }

    /// <summary>
    /// Reports each loop with no way out once, at the next rule that goes back into it. The pages that
    /// lead into such a loop cannot finish either, but the loop is the one thing to fix.
    /// </summary>
    private void ReportLoops(List<int> trapped, List<List<int>> successors)
    {
        var reaches = trapped.ToDictionary(i => i, i => Reachable(i, trapped, successors));
        var reported = new HashSet<int>();
        foreach (var start in trapped.Where(i => reaches[i].Contains(i) && !reported.Contains(i)))
        {
            var loop = trapped.Where(j => reaches[start].Contains(j) && reaches[j].Contains(start)).Order().ToList();
            reported.UnionWith(loop);
            var back = loop.Select(i => pages[i]).FirstOrDefault(p => p.Next.Any(r => _index.TryGetValue(r.To, out var to) && loop.Contains(to) && to <= p.Index)) ?? pages[loop[0]];
            var names = string.Join(", ", loop.Select(i => $"\"{pages[i].Path}\""));
            diagnostics.Error("page.noWayOut", back.Pointer + (back.Next.Count > 0 ? "/next" : ""), loop.Count == 1
                ? $"The page {names} leads back to itself with no way out: no path from it reaches check answers or an exit page. Add a next rule that leaves the loop."
                : $"The pages {names} go round a loop with no way out: no path from them reaches check answers or an exit page. Add a next rule that leaves the loop.");
        }
    }

    /// <summary>The pages of <paramref name="within"/> reached from <paramref name="from"/> by one step or more.</summary>
    private static HashSet<int> Reachable(int from, List<int> within, List<List<int>> successors)
    {
        var allowed = within.ToHashSet();
        var seen = new HashSet<int>();
        var queue = new Queue<int>(successors[from].Where(allowed.Contains));
        while (queue.TryDequeue(out var node))
        {
            if (seen.Add(node))
            {
                foreach (var next in successors[node].Where(allowed.Contains))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }

    private bool[] CanFinish(List<List<int>> successors)
    {
        var finishes = new bool[pages.Count + 1];
        finishes[End] = true;
        foreach (var page in pages.Where(p => p.IsExit))
        {
            finishes[page.Index] = true;
        }

        // Propagate backwards until nothing changes; the graph is small (a few thousand edges at most).
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < pages.Count; i++)
            {
                if (!finishes[i] && successors[i].Exists(s => finishes[s]))
                {
                    finishes[i] = changed = true;
                }
            }
        }

        return finishes;
    }

    /// <summary>Every page the journey could go to after page <paramref name="index"/>.</summary>
    private List<int> Successors(int index)
    {
        var page = pages[index];
        var result = new List<int>();
        if (page.IsExit)
        {
            return result;
        }

        foreach (var rule in page.Next)
        {
            if (rule.To == NextRule.CheckAnswers)
            {
                result.Add(End);
            }
            else if (_index.TryGetValue(rule.To, out var target))
            {
                result.Add(target);
                if (pages[target].ShowIf is not null)
                {
                    result.AddRange(Fallthrough(target));
                }
            }

            if (rule.When is null)
            {
                return result;
            }
        }

        result.AddRange(Fallthrough(index));
        return result;
    }

    /// <summary>The pages that could follow <paramref name="index"/> in order: the next one, and past it while pages may be hidden.</summary>
    private IEnumerable<int> Fallthrough(int index)
    {
        for (var i = index + 1; i < pages.Count; i++)
        {
            if (pages[i].IsExit)
            {
                continue;
            }

            yield return i;
            if (pages[i].ShowIf is null)
            {
                yield break;
            }
        }

        yield return End;
    }
}
