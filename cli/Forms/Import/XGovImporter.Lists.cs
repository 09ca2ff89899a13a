using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>XGov lists, which become the options of choice questions.</summary>
internal sealed partial class XGovImporter
{
    /// <summary>The item XGov's designer puts in a list where the "or" divider goes; it is not an option.</summary>
    private const string DividerItem = "_placeholder_for_or_";

    /// <summary>A list item: <paramref name="Children"/> are the components XGov reveals under it, if any, at <paramref name="ChildrenAt"/> under the item's pointer.</summary>
    private sealed record ListItem(string Value, string Text, string? Hint, bool HasCondition, string Pointer, JsonArray? Children, string ChildrenAt);

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
                var (children, at) = At(source[j], "children") is JsonArray own ? (own, "/children") : (At(At(source[j], "conditional"), "components") as JsonArray, "/conditional/components");
                var condition = Str(At(source[j], "condition")) is { Length: > 0 } || At(source[j], "condition") is JsonObject;
                items.Add(new ListItem(value, text.Length > 0 ? text : value, hint, condition, $"/lists/{i}/items/{j}", children, at));
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

    /// <summary>
    /// The options of a choice question, with a note when some items were shown only under a condition.
    /// XGov's "or" divider item is left out; on checkboxes the option after it (or the one named
    /// <c>finalValue</c>) is the exclusive "None" option.
    /// </summary>
    private JsonArray? Options(JsonObject component, string pointer, SourcePage page, bool multiple)
    {
        var items = ListItems(component);
        var divider = items.FindIndex(i => i.Value == DividerItem);
        var options = items.Where(i => i.Value != DividerItem).ToList();
        if (options.Count == 0)
        {
            return null;
        }

        if (items.Exists(i => i.HasCondition))
        {
            page.Notes.Approximated(pointer + "/list", "list item with a condition", "Some options are shown in XGov only under a condition; GovDesign shows every option.");
        }

        var exclusive = multiple ? Exclusive(component, pointer, page, items, divider) : null;
        if (!multiple && divider >= 0)
        {
            page.Notes.Approximated(pointer + "/options/divider", "\"or\" divider on radios", "GovDesign radios have no \"or\" divider: the options are shown one after another.");
        }

        return new JsonArray([.. options.Select(i =>
        {
            var option = new JsonObject { ["value"] = i.Value, ["text"] = i.Text };
            if (i.Hint is not null)
            {
                option["hint"] = i.Hint;
            }

            if (i == exclusive)
            {
                option["exclusive"] = true;
            }

            return (JsonNode)option;
        })]);
    }

    /// <summary>The checkbox that cannot be chosen with another: XGov's <c>finalValue</c>, or the one item after the "or" divider.</summary>
    private static ListItem? Exclusive(JsonObject component, string pointer, SourcePage page, List<ListItem> items, int divider)
    {
        if (Str(At(component["options"], "finalValue")) is { Length: > 0 } final)
        {
            if (items.Find(i => i.Value == final) is { } named)
            {
                page.Notes.Mapped(pointer + "/options/finalValue", "exclusive checkbox", $"\"{named.Value}\" is the exclusive option, shown after an \"or\" divider: choosing it with another is an error.");
                return named;
            }

            page.Notes.Dropped(pointer + "/options/finalValue", "exclusive checkbox", $"No option has the value \"{final}\", so no option is exclusive.");
            return null;
        }

        if (divider < 0)
        {
            return null;
        }

        if (divider == items.Count - 2)
        {
            page.Notes.Approximated(pointer + "/options/divider", "exclusive checkbox", $"\"{items[^1].Value}\", the one option after XGov's \"or\" divider, is written as the exclusive option: GovDesign shows only an exclusive option after a divider, and refuses it with another.");
            return items[^1];
        }

        page.Notes.Approximated(pointer + "/options/divider", "\"or\" divider on checkboxes", "GovDesign shows an \"or\" divider only before one exclusive option, and XGov's divider is not before exactly one: the options are shown one after another.");
        return null;
    }
}
