using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;

namespace GovDesign.Forms.Journeys;

/// <summary>
/// The answers a citizen has given so far: one normalised value (the answer contract's shapes) per
/// question, the items of add-another pages, and which add-another pages the citizen has finished.
/// Kept on the server as JSON (<see cref="ToJson"/>), never trusted from the browser.
/// </summary>
public sealed class FormAnswers : IAnswerLookup
{
    private readonly Dictionary<string, JsonNode?> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Dictionary<string, JsonNode?>>> _items = new(StringComparer.Ordinal);
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode?> _prefilled = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool TryGetAnswer(string question, out JsonNode? value) => _answers.TryGetValue(question, out value);

    /// <summary>Saves an answer; null records that an optional question was left blank.</summary>
    /// <param name="question">The question name.</param>
    /// <param name="value">The normalised answer.</param>
    public void Set(string question, JsonNode? value) => _answers[question] = value?.DeepClone();

    /// <summary>Forgets an answer.</summary>
    /// <param name="question">The question name.</param>
    /// <returns>Whether there was one.</returns>
    public bool Remove(string question) => _answers.Remove(question);

    /// <summary>Keeps a value the link that opened the form gave for a question: shown in its box until the citizen answers it; never an answer.</summary>
    /// <param name="question">The question name.</param>
    /// <param name="value">The normalised value, as the question's answer type read it.</param>
    public void SetPrefilled(string question, JsonNode value) => _prefilled[question] = value.DeepClone();

    /// <summary>The value the link that opened the form gave for a question, or null.</summary>
    /// <param name="question">The question name.</param>
    /// <returns>The value.</returns>
    public JsonNode? Prefilled(string question) => _prefilled.GetValueOrDefault(question);

    /// <summary>The questions answered (or skipped) so far.</summary>
    public IEnumerable<string> Questions => _answers.Keys;

    /// <summary>The items added on an add-another page, each its answers by question name.</summary>
    /// <param name="pagePath">The page's path.</param>
    /// <returns>The items, in the order added.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, JsonNode?>> Items(string pagePath) =>
        _items.TryGetValue(pagePath, out var items) ? items : [];

    /// <summary>Adds an item to an add-another page.</summary>
    /// <param name="pagePath">The page's path.</param>
    /// <param name="answers">The item's answers by question name.</param>
    /// <returns>The new item's index.</returns>
    public int AddItem(string pagePath, IReadOnlyDictionary<string, JsonNode?> answers)
    {
        if (!_items.TryGetValue(pagePath, out var items))
        {
            _items[pagePath] = items = [];
        }

        items.Add(Copy(answers));
        return items.Count - 1;
    }

    /// <summary>Replaces an item's answers (when the citizen changes it).</summary>
    /// <param name="pagePath">The page's path.</param>
    /// <param name="index">The item's index.</param>
    /// <param name="answers">The new answers.</param>
    /// <returns>Whether the item exists.</returns>
    public bool ReplaceItem(string pagePath, int index, IReadOnlyDictionary<string, JsonNode?> answers)
    {
        if (!_items.TryGetValue(pagePath, out var items) || index < 0 || index >= items.Count)
        {
            return false;
        }

        items[index] = Copy(answers);
        return true;
    }

    /// <summary>Removes an item.</summary>
    /// <param name="pagePath">The page's path.</param>
    /// <param name="index">The item's index.</param>
    /// <returns>Whether the item existed.</returns>
    public bool RemoveItem(string pagePath, int index)
    {
        if (!_items.TryGetValue(pagePath, out var items) || index < 0 || index >= items.Count)
        {
            return false;
        }

        items.RemoveAt(index);
        return true;
    }

    /// <summary>Whether the citizen has finished with this page: said they have no more items to add (an add-another page), or continued from it (a page without questions).</summary>
    /// <param name="pagePath">The page's path.</param>
    /// <returns>True when finished.</returns>
    public bool IsFinished(string pagePath) => _finished.Contains(pagePath);

    /// <summary>Records whether the citizen has finished with this page (see <see cref="IsFinished"/>).</summary>
    /// <param name="pagePath">The page's path.</param>
    /// <param name="finished">True when they said "no more", or continued from a page without questions.</param>
    public void SetFinished(string pagePath, bool finished)
    {
        if (finished)
        {
            _finished.Add(pagePath);
        }
        else
        {
            _finished.Remove(pagePath);
        }
    }

    /// <summary>The answers as JSON: <c>{"answers": {...}, "items": {"path": [...]}, "finished": [...]}</c>, and <c>"prefilled": {...}</c> when a link gave values.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJson()
    {
        var answers = new JsonObject();
        foreach (var (name, value) in _answers)
        {
            answers[name] = value?.DeepClone();
        }

        var items = new JsonObject();
        foreach (var (path, list) in _items)
        {
            items[path] = new JsonArray([.. list.Select(ItemJson)]);
        }

        var json = new JsonObject
        {
            ["answers"] = answers,
            ["items"] = items,
            ["finished"] = new JsonArray([.. _finished.Order(StringComparer.Ordinal).Select(f => (JsonNode)f)]),
        };
        if (_prefilled.Count > 0)
        {
            json["prefilled"] = ItemJson(_prefilled);
        }

        return json;
    }

    /// <summary>Reads answers written by <see cref="ToJson"/>; anything of the wrong shape is ignored.</summary>
    /// <param name="json">The JSON, or null for no answers.</param>
    /// <returns>The answers.</returns>
    public static FormAnswers FromJson(JsonNode? json)
    {
        var result = new FormAnswers();
        foreach (var (name, value) in json?["answers"] as JsonObject ?? [])
        {
            result.Set(name, value);
        }

        foreach (var (path, list) in json?["items"] as JsonObject ?? [])
        {
            foreach (var item in (list as JsonArray ?? []).OfType<JsonObject>())
            {
                result.AddItem(path, item.ToDictionary(p => p.Key, p => p.Value));
            }
        }

        foreach (var path in (json?["finished"] as JsonArray ?? []).Select(Loading.JsonRead.Str).OfType<string>())
        {
            result.SetFinished(path, true);
        }

        foreach (var (name, value) in json?["prefilled"] as JsonObject ?? [])
        {
            if (value is not null)
            {
                result.SetPrefilled(name, value);
            }
        }

        return result;
    }

    /// <summary>A deep copy.</summary>
    /// <returns>The copy.</returns>
    public FormAnswers Clone() => FromJson(ToJson());

    internal static JsonObject ItemJson(IReadOnlyDictionary<string, JsonNode?> item)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in item)
        {
            obj[name] = value?.DeepClone();
        }

        return obj;
    }

    private static Dictionary<string, JsonNode?> Copy(IReadOnlyDictionary<string, JsonNode?> answers) =>
        answers.ToDictionary(a => a.Key, a => a.Value?.DeepClone(), StringComparer.Ordinal);
}
