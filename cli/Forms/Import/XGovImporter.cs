using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>The definition written from an XGov form and the report of what was mapped.</summary>
/// <param name="Definition">The GovDesign form definition.</param>
/// <param name="Report">What was mapped, approximated and dropped.</param>
internal sealed record ImportResult(JsonObject Definition, ImportReport Report);

/// <summary>
/// Imports an XGov (forms-engine-plugin, "digital form builder") v1/v2 JSON definition into a GovDesign
/// definition: components to questions and content blocks, lists to options, named and text conditions to
/// conditions, the graph of page links to page order with <c>showIf</c> and <c>next</c> rules, HTML to
/// Markdown. Pure: the same source always gives the same output.
/// </summary>
internal sealed partial class XGovImporter
{
    private static readonly string[] ReservedPaths = ["check-answers", "confirmation", "start", "add-another"];

    private readonly JsonObject _source;
    private readonly string _fileName;
    private readonly ImportReport _report = new();
    private readonly Names _questionNames = new();
    private readonly Names _paths = new(ReservedPaths);
    private readonly List<SourcePage> _pages = [];

    private XGovImporter(JsonObject source, string fileName)
    {
        _source = source;
        _fileName = fileName;
    }

    /// <summary>Imports <paramref name="source"/>, read from a file called <paramref name="fileName"/> (its name gives the slug when the form has none).</summary>
    /// <exception cref="FormatException">The JSON is not an XGov form definition.</exception>
    public static ImportResult Import(JsonNode? source, string fileName)
    {
        if (source is not JsonObject obj || obj["pages"] is not JsonArray)
        {
            throw new FormatException("it is not an XGov form definition: an XGov definition is a JSON object with a \"pages\" array (and usually \"lists\", \"sections\" and \"conditions\").");
        }

        return new XGovImporter(obj, fileName).Run();
    }

    private ImportResult Run()
    {
        ReadLists();
        var sections = ReadSections();
        ReadPages();
        foreach (var page in _pages.Where(p => !p.IsSummary))
        {
            MapComponents(page);
        }

        var (kept, conditions) = KeepReachable();
        var order = Order(kept, conditions);
        if (order.Count == 0)
        {
            throw new FormatException("it has no page a journey can start at: every page is a summary page, or \"startPage\" names none of them.");
        }

        var start = StartContent(order, kept, conditions);
        var pages = WritePages(order, kept, conditions);

        var definition = new JsonObject
        {
            ["$schema"] = "https://govdesign.github.io/schemas/form/v1.json",
            ["slug"] = Slug(),
            ["title"] = Title(),
        };
        WriteSettings(definition);
        if (sections.Count > 0)
        {
            definition["sections"] = sections;
        }

        if (conditions.Written.Count > 0)
        {
            definition["conditions"] = conditions.Written.DeepClone();
        }

        definition["pages"] = pages;
        if (start is not null)
        {
            definition["start"] = new JsonObject { ["content"] = start };
        }

        WriteDeclaration(definition);
        _report.AddRange(conditions.Notes);
        _report.ConditionsTotal = conditions.Total;
        _report.ConditionsMapped = conditions.Written.Count;
        var linked = Linked(conditions);
        NoteLinksToLeftOutPages(kept);
        foreach (var page in _pages)
        {
            var inputs = CountInputs(page.Json["components"]) + CountRevealed(page.Json["components"]);
            _report.QuestionsTotal += inputs;
            if (kept.Contains(page))
            {
                _report.AddRange(page.Notes);
                _report.QuestionsMapped += page.MappedInputs;
            }
            else if (page.IsSummary)
            {
                _report.QuestionsUnreached += inputs;
                _report.Mapped(page.Pointer, "summary page", $"\"{page.SourcePath}\" is XGov's check answers page: GovDesign's runner shows its own, and links to it go to \"check-answers\".");
                if (Arr(page.Json["components"]).Count > 0)
                {
                    _report.Dropped(page.Pointer + "/components", "content on the summary page", "GovDesign's check answers page shows the form's checkAnswers content and declaration, not components: move what matters there.");
                }
            }
            else
            {
                _report.QuestionsUnreached += inputs;
                _report.QuestionsUnlinked += linked.Contains(page) ? 0 : inputs;
                LeftOut(page, inputs, linked, conditions);
            }
        }

        return new ImportResult(definition, _report);
    }

    /// <summary>The slug: from the file's name, which is unique in a folder, so a folder of imported forms can be served together.</summary>
    private string Slug()
    {
        var name = Names.Kebab(Path.GetFileNameWithoutExtension(_fileName));
        return name.Length > 0 ? name : Names.Kebab(Str(_source["name"])) is { Length: > 0 } fromName ? fromName : "imported-form";
    }

    private string Title()
    {
        foreach (var key in new[] { "name", "serviceName" })
        {
            if (Str(_source[key]) is { Length: > 0 } title)
            {
                _report.Mapped("/" + key, "form title", $"The form's title: \"{title}\".");
                return title;
            }
        }

        var first = _pages.Select(p => Str(p.Json["title"])).FirstOrDefault(t => t is { Length: > 0 });
        var fallback = first ?? Path.GetFileNameWithoutExtension(_fileName);
        _report.Approximated("/pages/0/title", "form title", $"The source has no name, so the title is \"{fallback}\", from its first page or file name.");
        return fallback;
    }

    internal static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    internal static JsonNode? At(JsonNode? node, string key) => node is JsonObject obj ? obj[key] : null;

    internal static JsonArray Arr(JsonNode? node) => node as JsonArray ?? [];
}
