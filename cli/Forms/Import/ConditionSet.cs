using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// XGov's named conditions written as GovDesign named conditions, given the questions that are kept:
/// a list of comparisons and references joined by "and" (which binds tighter) and "or", or a text
/// expression. A condition that names a question that is not kept, or compares in a way GovDesign
/// cannot, is dropped, and so is every condition that refers to it.
/// </summary>
internal sealed class ConditionSet
{
    private readonly Dictionary<string, (JsonObject Json, string Pointer, string Id)> _source = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject?> _done = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compiling = new(StringComparer.Ordinal);
    private readonly ConditionLeaves _leaves;

    public ConditionSet(JsonArray conditions, IReadOnlyList<SourceQuestion> available)
    {
        _leaves = new ConditionLeaves(available);
        var names = new Names();
        for (var i = 0; i < conditions.Count; i++)
        {
            if (conditions[i] is JsonObject condition && XGovImporter.Str(condition["name"]) is { } name && !_source.ContainsKey(name))
            {
                var display = XGovImporter.Str(condition["displayName"]);
                var id = names.Unique(Names.IsGenerated(name) && display is { Length: > 0 } ? display : name, "condition");
                _source[name] = (condition, $"/conditions/{i}", id);
            }
        }

        Total = conditions.Count;
        foreach (var name in _source.Keys)
        {
            Map(name);
        }

        foreach (var (name, (_, _, id)) in _source)
        {
            if (_done[name] is { } json)
            {
                Written[id] = json;
            }
        }
    }

    /// <summary>How many named conditions the source has.</summary>
    public int Total { get; }

    /// <summary>The conditions written, by GovDesign name, in source order.</summary>
    public JsonObject Written { get; } = [];

    /// <summary>What the report says about them.</summary>
    public ImportReport Notes { get; } = new();

    /// <summary>A reference to the condition XGov calls <paramref name="name"/>, or null when it was not written.</summary>
    public JsonObject? Ref(string name) =>
        _source.TryGetValue(name, out var source) && _done.GetValueOrDefault(name) is not null ? new JsonObject { ["ref"] = source.Id } : null;

    /// <summary>Whether the source has a condition called <paramref name="name"/>: XGov never follows a link under a name it does not have.</summary>
    public bool Defines(string name) => _source.ContainsKey(name);

    /// <summary>The source's condition whose name is nearest to <paramref name="name"/>, or null: one differing only in case, or (for names of 8 letters or more, unlike the designer's random ids) by at most two letters.</summary>
    public string? Nearest(string name) => _source.Keys
        .Select(known => (Known: known, Distance: Names.Distance(known.ToLowerInvariant(), name.ToLowerInvariant())))
        .Where(c => c.Distance == 0 || c.Distance <= 2 && name.Length >= 8)
        .OrderBy(c => c.Distance).ThenBy(c => c.Known, StringComparer.Ordinal)
        .Select(c => c.Known).FirstOrDefault();

    private JsonObject? Map(string name)
    {
        if (_done.TryGetValue(name, out var done))
        {
            return done;
        }

        var (json, pointer, id) = _source[name];
        if (!_compiling.Add(name))
        {
            return null;
        }

        var notes = new List<string>();
        string? failure = null;
        JsonObject? result;
        if (XGovImporter.Str(json["value"]) is { } expression)
        {
            result = ConditionExpression.Parse(expression, out var error) is { } parsed ? _leaves.FromExpression(parsed, notes, out failure) : null;
            failure ??= error is null ? null : $"the expression \"{expression}\" could not be read: {error}";
        }
        else
        {
            result = FromList(XGovImporter.Arr(XGovImporter.At(json["value"], "conditions")), pointer + "/value/conditions", notes, out failure);
        }

        _compiling.Remove(name);
        _done[name] = result;
        if (result is null)
        {
            Notes.Dropped(pointer, "condition", $"The condition \"{name}\" is left out: {failure ?? "it is empty"}. Links that use it are left out too.");
        }
        else if (notes.Count > 0)
        {
            Notes.Approximated(pointer, "condition", $"The condition \"{name}\" is written as \"{id}\", but {string.Join("; ", notes)}.");
        }
        else
        {
            Notes.Mapped(pointer, "condition", $"The condition \"{name}\" is written as \"{id}\".");
        }

        return result;
    }

    private JsonObject? FromList(JsonArray items, string pointer, List<string> notes, out string? failure)
    {
        failure = null;
        var groups = new List<List<JsonObject>> { new() };
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                continue;
            }

            if (i > 0 && XGovImporter.Str(item["coordinator"]) == "or")
            {
                groups.Add([]);
            }

            JsonObject? part;
            if (XGovImporter.Str(item["conditionName"]) is { } reference)
            {
                part = _source.ContainsKey(reference) && Map(reference) is not null ? new JsonObject { ["ref"] = _source[reference].Id } : null;
                failure = part is null ? $"it uses the condition \"{reference}\", which is {(_source.ContainsKey(reference) ? "left out" : "not in the form")}" : failure;
            }
            else if (item["conditions"] is JsonArray nested)
            {
                part = FromList(nested, $"{pointer}/{i}/conditions", notes, out var inner);
                failure = inner ?? failure;
            }
            else
            {
                part = _leaves.FromComparison(item, notes, out var leafFailure);
                failure = leafFailure ?? failure;
            }

            if (part is null)
            {
                return null;
            }

            groups[^1].Add(part);
        }

        var alternatives = groups.Where(g => g.Count > 0).Select(g => g.Count == 1 ? g[0] : new JsonObject { ["all"] = new JsonArray([.. g]) }).ToList();
        return alternatives.Count switch
        {
            0 => null,
            1 => alternatives[0],
            _ => new JsonObject { ["any"] = new JsonArray([.. alternatives]) },
        };
    }
}
