namespace GovDesign.Forms.Loading;

/// <summary>Which pages every journey passes before a page: the questions surely answered when it is shown.</summary>
internal sealed partial class FlowChecks
{
    /// <summary>
    /// For each page (by index) and for the end (index <c>pages.Count</c>: check answers and the
    /// confirmation), the pages on every path from the start to it, itself not included. Every way the
    /// conditions could go counts as a path, so a page in the set is passed whatever the citizen answers.
    /// </summary>
    public IReadOnlyList<bool[]> PagesAlwaysBefore()
    {
        var count = pages.Count + 1;
        var successors = Enumerable.Range(0, pages.Count).Select(Successors).ToList();
        var predecessors = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var next in successors[i].Distinct())
            {
                predecessors[next].Add(i);
            }
        }

        var entries = Fallthrough(-1).ToHashSet();

        // The classic dominator iteration: start from "every page", then intersect over the ways in until
        // nothing changes. An entry page is also reached from the start, before which nothing is answered.
        var before = Enumerable.Range(0, count).Select(n => entries.Contains(n) ? new bool[pages.Count] : Enumerable.Repeat(true, pages.Count).ToArray()).ToList();
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var node = 0; node < count; node++)
            {
                foreach (var from in predecessors[node])
                {
                    for (var page = 0; page < pages.Count; page++)
                    {
                        if (before[node][page] && !(page == from || before[from][page]))
                        {
                            before[node][page] = false;
                            changed = true;
                        }
                    }
                }
            }
        }

        return before;
    }
}
