using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// The graph of XGov page links as GovDesign's page order, <c>showIf</c> and <c>next</c> rules. Pages are put
/// in an order in which every link goes forward, the source's order where the links allow (loops are found depth first from the start page); a link to the
/// next page in that order is left to the journey's own order; a page reached only by one condition from the
/// page before it gets that condition as its <c>showIf</c>; every other link is a <c>next</c> rule, the
/// conditional ones first, as XGov tries them. A link back to an earlier page (a loop) is dropped.
/// </summary>
internal sealed partial class XGovImporter
{
    private readonly HashSet<SourceLink> _backLinks = [];
    private readonly HashSet<SourceLink> _absorbed = [];

    private List<SourcePage> Order(HashSet<SourcePage> kept, ConditionSet conditions)
    {
        var finished = new List<SourcePage>();
        var state = new Dictionary<SourcePage, int>();
        void Visit(SourcePage page)
        {
            state[page] = 1;
            foreach (var link in Forward(page, kept, conditions, includeBack: true).OrderBy(l => l.Condition is null ? 1 : 0))
            {
                var target = Find(link.Target)!;
                switch (state.GetValueOrDefault(target))
                {
                    case 1:
                        _backLinks.Add(link);
                        page.Notes.Dropped(link.Pointer, "link back to an earlier page", $"The link from \"{page.SourcePath}\" back to \"{link.Target}\" makes a loop; GovDesign journeys go forward (use an add-another page to ask for several items).");
                        break;
                    case 0:
                        Visit(target);
                        break;
                }
            }

            state[page] = 2;
            finished.Add(page);
        }

        var start = StartPage();
        if (start is null || !kept.Contains(start))
        {
            return [];
        }

        Visit(start);

        // With the loops cut, put the pages in an order in which every link goes forward, keeping the
        // source's order where the links allow it (Kahn's algorithm, taking the earliest page first).
        var edges = finished.SelectMany(p => Forward(p, kept, conditions, includeBack: false)).ToList();
        var waiting = edges.GroupBy(l => l.Target).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ready = new PriorityQueue<SourcePage, int>();
        ready.Enqueue(start, start.Index);
        var order = new List<SourcePage>();
        while (ready.TryDequeue(out var page, out _))
        {
            order.Add(page);
            foreach (var link in Forward(page, kept, conditions, includeBack: false))
            {
                if (--waiting[link.Target] == 0)
                {
                    var target = Find(link.Target)!;
                    ready.Enqueue(target, target.Index);
                }
            }
        }

        foreach (var page in order.Skip(1))
        {
            page.IsExit = page.Questions.Count == 0 && !Forward(page, kept, conditions, includeBack: false).Any() && waiting.ContainsKey(page.SourcePath);
        }

        return order;
    }

    /// <summary>The page's usable links to kept pages, without those back to an earlier page unless asked for.</summary>
    private IEnumerable<SourceLink> Forward(SourcePage page, HashSet<SourcePage> kept, ConditionSet conditions, bool includeBack) =>
        Usable(page, conditions).Where(l => Find(l.Target) is { } t && kept.Contains(t) && (includeBack || !_backLinks.Contains(l)));

    /// <summary>Gives <c>showIf</c> to each page reached only by the last condition of the page before it, whose default goes on to the page after it.</summary>
    private void AbsorbShowIf(List<SourcePage> order, HashSet<SourcePage> kept, ConditionSet conditions)
    {
        var live = order.Where(p => !p.IsExit).ToList();
        var incoming = order.SelectMany(p => Forward(p, kept, conditions, includeBack: false)).ToLookup(l => l.Target, StringComparer.Ordinal);
        for (var i = 1; i < live.Count; i++)
        {
            var (before, page) = (live[i - 1], live[i]);
            var ways = incoming[page.SourcePath].ToList();
            var conditional = Usable(before, conditions).Where(l => l.Condition is not null && !_backLinks.Contains(l) && Find(l.Target) is { } t && (t.IsSummary || kept.Contains(t))).ToList();
            var defaultLink = DefaultLink(before, kept, conditions);
            var after = i + 1 < live.Count ? live[i + 1].SourcePath : null;
            var defaultTarget = defaultLink is null ? null : Find(defaultLink.Target) is { IsSummary: true } ? null : defaultLink.Target;
            if (ways.Count == 1 && before.Links.Contains(ways[0]) && ways[0].Condition is not null && conditional.Count > 0 && conditional[^1] == ways[0]
                && before.ShowIf is null && (defaultLink is not null || after is null) && defaultTarget == after)
            {
                page.ShowIf = conditions.Ref(ways[0].Condition!);
                _absorbed.Add(ways[0]);
                if (defaultLink is not null)
                {
                    _absorbed.Add(defaultLink);
                }

                page.Notes.Mapped(ways[0].Pointer, "conditional link", $"The link to \"{page.SourcePath}\" under \"{ways[0].Condition}\" is written as the page's showIf; otherwise the journey goes on to the page after it.");
            }
        }
    }

    /// <summary>The link XGov follows when no conditional link holds: the last without a condition.</summary>
    private SourceLink? DefaultLink(SourcePage page, HashSet<SourcePage> kept, ConditionSet conditions) =>
        Usable(page, conditions).LastOrDefault(l => l.Condition is null) is { } link && !_backLinks.Contains(link) && Find(link.Target) is { } t && (t.IsSummary || kept.Contains(t)) ? link : null;

    /// <summary>The page's <c>next</c> rules: each conditional link, then the default unless the journey's order already goes there.</summary>
    private JsonArray NextRules(SourcePage page, int index, List<SourcePage> order, HashSet<SourcePage> kept, ConditionSet conditions)
    {
        var rules = new JsonArray();
        foreach (var link in page.Links.Where(l => !_absorbed.Contains(l) && !_backLinks.Contains(l)))
        {
            var target = Find(link.Target);
            if (link.Condition is { } named && !conditions.Defines(named))
            {
                page.Notes.Dropped(link.Pointer, "link under a condition the form does not have", $"The link to \"{link.Target}\" is under {UndefinedCondition(link, conditions)}: XGov never follows such a link, so neither does the import.");
                continue;
            }

            if (link.Condition is null && link != page.Links.LastOrDefault(l => l.Condition is null))
            {
                page.Notes.Dropped(link.Pointer, "second link without a condition", $"XGov follows only the last link without a condition, so the link to \"{link.Target}\" is never taken.");
                continue;
            }

            if (target is null || !(target.IsSummary || kept.Contains(target)))
            {
                if (link.Condition is not null || target is null)
                {
                    page.Notes.Dropped(link.Pointer, "link", target is null ? $"No page has the path \"{link.Target}\"." : $"The link to \"{link.Target}\" leads to a page that is left out.");
                }

                continue;
            }

            if (link.Condition is { } condition)
            {
                if (conditions.Ref(condition) is { } when)
                {
                    rules.Add(new JsonObject { ["when"] = when, ["to"] = PathOf(target) });
                    page.Notes.Mapped(link.Pointer, "conditional link", $"The link to \"{link.Target}\" under \"{condition}\" is a next rule.");
                }
                else
                {
                    page.Notes.Dropped(link.Pointer, "conditional link", $"The link to \"{link.Target}\" is left out, because its condition \"{condition}\" could not be written.");
                }
            }
        }

        var fallthrough = order.Skip(index + 1).FirstOrDefault(p => !p.IsExit);
        var defaultLink = DefaultLink(page, kept, conditions);
        if (defaultLink is not null && _absorbed.Contains(defaultLink))
        {
            return rules;
        }

        var to = defaultLink is null ? "check-answers" : PathOf(Find(defaultLink.Target)!);
        var natural = fallthrough is null ? "check-answers" : fallthrough.ShowIf is null ? fallthrough.Path : null;
        if (to != natural)
        {
            rules.Add(new JsonObject { ["to"] = to });
        }

        return rules;
    }

    private static string PathOf(SourcePage page) => page.IsSummary ? "check-answers" : page.Path;
}
