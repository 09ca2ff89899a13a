using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>Reading pages, and which of them are kept: those a journey can reach from the start page.</summary>
internal sealed partial class XGovImporter
{
    private readonly Dictionary<string, string> _sectionIds = new(StringComparer.Ordinal);

    private void ReadPages()
    {
        var pages = Arr(_source["pages"]);
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i] is not JsonObject json || Str(json["path"]) is not { } path)
            {
                _report.Dropped($"/pages/{i}", "page without a path", "The page has no path, so nothing can link to it.");
                continue;
            }

            var links = new List<SourceLink>();
            var next = Arr(json["next"]);
            for (var j = 0; j < next.Count; j++)
            {
                if (Str(At(next[j], "path")) is { } target)
                {
                    links.Add(new SourceLink(Normalise(target), Str(At(next[j], "condition")) is { Length: > 0 } c ? c : null, $"/pages/{i}/next/{j}"));
                }
            }

            var controller = Str(json["controller"]) ?? "";
            var title = Str(json["title"]) ?? "";
            var summary = controller.Contains("summary", StringComparison.OrdinalIgnoreCase)
                && (controller.StartsWith("./pages/summary", StringComparison.Ordinal) || title.StartsWith("Check", StringComparison.OrdinalIgnoreCase) || CountInputs(json["components"]) == 0 && title.Length == 0);
            _pages.Add(new SourcePage { Index = i, Pointer = $"/pages/{i}", Json = json, SourcePath = Normalise(path), IsSummary = summary, Links = links });
        }
    }

    private static string Normalise(string path) => "/" + path.Trim().Trim('/');

    private JsonArray ReadSections()
    {
        var written = new JsonArray();
        var ids = new Names();
        var sections = Arr(_source["sections"]);
        for (var i = 0; i < sections.Count; i++)
        {
            if (Str(At(sections[i], "name")) is not { } name || _sectionIds.ContainsKey(name))
            {
                continue;
            }

            var title = Str(At(sections[i], "title")) is { Length: > 0 } t ? HtmlToMarkdown.PlainText(t) : name;
            var id = ids.Unique(name, "section");
            _sectionIds[name] = id;
            written.Add(new JsonObject { ["id"] = id, ["title"] = title.Length > 0 ? title : id });
            _report.Mapped($"/sections/{i}", "section", $"The section \"{name}\" is written as \"{id}\".");
        }

        return written;
    }

    /// <summary>
    /// The pages a journey can reach from the start page by links whose condition could be written, and
    /// those conditions. Leaving a page out can leave out a condition on one of its questions, and so a link
    /// and more pages: repeated until nothing changes.
    /// </summary>
    private (HashSet<SourcePage> Kept, ConditionSet Conditions) KeepReachable()
    {
        var kept = _pages.Where(p => !p.IsSummary).ToHashSet();
        while (true)
        {
            var available = kept.Where(p => !p.Repeats).SelectMany(p => p.Questions.Concat(p.Revealed)).ToList();
            var conditions = new ConditionSet(Arr(_source["conditions"]), available);
            var reached = new HashSet<SourcePage>();
            var queue = new Queue<SourcePage>(StartPage() is { } start ? [start] : []);
            while (queue.TryDequeue(out var page))
            {
                if (!kept.Contains(page) || !reached.Add(page))
                {
                    continue;
                }

                foreach (var link in Usable(page, conditions))
                {
                    if (Find(link.Target) is { } target)
                    {
                        queue.Enqueue(target);
                    }
                }
            }

            if (reached.Count == kept.Count)
            {
                return (kept, conditions);
            }

            kept = reached;
        }
    }

    /// <summary>
    /// The pages some link XGov can follow leads to from the start page, whatever the answers: those XGov can
    /// show by its links. XGov follows a link under a condition only when the form has a condition of that
    /// name, and of the links without one only the last.
    /// </summary>
    private HashSet<SourcePage> Linked(ConditionSet conditions)
    {
        var linked = new HashSet<SourcePage>();
        var queue = new Queue<SourcePage>(StartPage() is { } start ? [start] : []);
        while (queue.TryDequeue(out var page))
        {
            if (linked.Add(page))
            {
                var fallback = page.Links.LastOrDefault(l => l.Condition is null);
                foreach (var target in page.Links.Where(l => l.Condition is null ? l == fallback : conditions.Defines(l.Condition)).Select(l => Find(l.Target)).OfType<SourcePage>())
                {
                    queue.Enqueue(target);
                }
            }
        }

        return linked;
    }

    private SourcePage? StartPage()
    {
        var candidates = _pages.Where(p => !p.IsSummary).ToList();
        return Str(_source["startPage"]) is { } start && Find(Normalise(start)) is { IsSummary: false } page ? page : candidates.FirstOrDefault();
    }

    private SourcePage? Find(string sourcePath) => _pages.Find(p => p.SourcePath == sourcePath);

    /// <summary>The page's links that XGov can follow and whose condition (if any) could be written: the conditional ones, and the last without a condition (XGov's default).</summary>
    private static IEnumerable<SourceLink> Usable(SourcePage page, ConditionSet conditions)
    {
        var fallback = page.Links.LastOrDefault(l => l.Condition is null);
        return page.Links.Where(l => l.Condition is null ? l == fallback : conditions.Ref(l.Condition) is not null);
    }

    private static int CountInputs(JsonNode? components) => Arr(components).Count(c => Str(At(c, "type")) is { } type && !ContentTypes.Contains(type));
}
