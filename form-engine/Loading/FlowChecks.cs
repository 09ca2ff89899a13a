using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Checks the shape of the journey as a graph over every way the conditions could go: pages that
/// no journey reaches, and loops from which no journey reaches the end or an exit page.
/// </summary>
internal sealed class FlowChecks(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
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

        var finishes = CanFinish(successors);
        foreach (var page in pages)
        {
            if (!reached[page.Index])
            {
                diagnostics.Error("page.unreachable", page.Pointer, page.IsExit
                    ? $"No journey reaches the exit page \"{page.Path}\": point a next rule at it."
                    : $"No journey reaches the page \"{page.Path}\": every way in skips it. Check the next rules before it and its showIf.");
            }
            else if (!finishes[page.Index])
            {
                diagnostics.Error("page.noWayOut", page.Pointer + (page.Next.Count > 0 ? "/next" : ""), $"From the page \"{page.Path}\" the journey goes round a loop with no way out: no path from it reaches check answers or an exit page. Add a next rule that leaves the loop.");
            }
        }
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
