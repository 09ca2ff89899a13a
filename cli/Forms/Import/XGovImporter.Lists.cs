using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>XGov lists, which become the options of choice questions.</summary>
internal sealed partial class XGovImporter
{
    private sealed record ListItem(string Value, string Text, string? Hint, bool HasCondition);

    private readonly Dictionary<string, (List<ListItem> Items, string Pointer)> _lists = new(StringComparer.Ordinal);

    private void ReadLists()
    {
        var lists = Arr(_source["lists"]);
        for (var i = 0; i < lists.Count; i++)
        {
            if (Str(At(lists[i], "name")) is not { } name || _lists.ContainsKey(name))
            {
                continue;
            }

            var items = new List<ListItem>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var source = Arr(At(lists[i], "items"));
            for (var j = 0; j < source.Count; j++)
            {
                var value = At(source[j], "value") is JsonValue v ? v.ToString() : null;
                if (string.IsNullOrWhiteSpace(value) || !seen.Add(value))
                {
                    _report.Dropped($"/lists/{i}/items/{j}", "list item", value is null or "" ? "The item has no value." : $"Another item of the list already has the value \"{value}\".");
                    continue;
                }

                var text = HtmlToMarkdown.PlainText(Str(At(source[j], "text")) ?? "");
                var hint = Str(At(source[j], "description")) is { } d && HtmlToMarkdown.PlainText(d) is { Length: > 0 } plain ? plain : null;
                items.Add(new ListItem(value, text.Length > 0 ? text : value, hint, Str(At(source[j], "condition")) is { Length: > 0 } || At(source[j], "condition") is JsonObject));
            }

            _lists[name] = (items, $"/lists/{i}");
        }
    }

    /// <summary>The items of the list a component uses (<c>list</c>, or <c>values.list</c> in older definitions).</summary>
    private List<ListItem> ListItems(JsonObject component)
    {
        var name = Str(component["list"]) ?? Str(At(component["values"], "list")) ?? Str(At(component["options"], "list"));
        return name is not null && _lists.TryGetValue(name, out var list) ? list.Items : [];
    }

    /// <summary>The options of a choice question, with a note when some items were shown only under a condition.</summary>
    private JsonArray? Options(JsonObject component, string pointer, SourcePage page)
    {
        var items = ListItems(component);
        if (items.Count == 0)
        {
            return null;
        }

        if (items.Exists(i => i.HasCondition))
        {
            page.Notes.Approximated(pointer + "/list", "list item with a condition", "Some options are shown in XGov only under a condition; GovDesign shows every option.");
        }

        return new JsonArray([.. items.Select(i =>
        {
            var option = new JsonObject { ["value"] = i.Value, ["text"] = i.Text };
            if (i.Hint is not null)
            {
                option["hint"] = i.Hint;
            }

            return (JsonNode)option;
        })]);
    }
}
