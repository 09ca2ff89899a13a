using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// One XGov comparison (a structured one, or one of a text expression) as a GovDesign comparison, after
/// the kind of question it compares: yes/no answers as "yes"/"no", options by value, numbers as numbers.
/// </summary>
internal sealed class ConditionLeaves(IReadOnlyList<SourceQuestion> available)
{
    private static readonly string[] Ordering = ["is more than", "is less than", "is at least", "is at most"];

    /// <summary>A structured comparison: <c>{"field": {"name"}, "operator": "is", "value": {"value"}}</c>.</summary>
    public JsonObject? FromComparison(JsonObject item, List<string> notes, out string? failure)
    {
        var field = XGovImporter.Str(XGovImporter.At(item["field"], "name")) ?? "";
        var op = XGovImporter.Str(item["operator"]) ?? "";
        var value = XGovImporter.At(item["value"], "value") is JsonValue v ? v.ToString() : "";
        return Leaf(field, op, value, notes, out failure, XGovImporter.Str(XGovImporter.At(item["field"], "display")));
    }

    /// <summary>A parsed text expression.</summary>
    public JsonObject? FromExpression(ConditionExpression expression, List<string> notes, out string? failure)
    {
        failure = null;
        switch (expression)
        {
            case ConditionExpression.Not not:
                return FromExpression(not.Part, notes, out failure) is { } inner ? new JsonObject { ["not"] = inner } : null;
            case ConditionExpression.All or ConditionExpression.Any:
                var parts = new JsonArray();
                var list = expression is ConditionExpression.All all ? all.Parts : ((ConditionExpression.Any)expression).Parts;
                foreach (var part in list)
                {
                    if (FromExpression(part, notes, out failure) is not { } mapped)
                    {
                        return null;
                    }

                    parts.Add(mapped);
                }

                return new JsonObject { [expression is ConditionExpression.All ? "all" : "any"] = parts };
            case ConditionExpression.Compare compare:
                var op = compare.Operator switch
                {
                    "==" => "is",
                    "!=" => "is not",
                    ">" => "is more than",
                    "<" => "is less than",
                    ">=" => "is at least",
                    _ => "is at most",
                };
                var value = compare.Value switch
                {
                    bool b => b ? "true" : "false",
                    decimal d => d.ToString(CultureInfo.InvariantCulture),
                    _ => (string)compare.Value,
                };
                return Leaf(compare.Field, op, value, notes, out failure);
            default:
                return null;
        }
    }

    private JsonObject? Leaf(string field, string op, string value, List<string> notes, out string? failure, string? display = null)
    {
        failure = null;
        if (Resolve(field, display, notes) is not { } question)
        {
            if (available.Count == 0)
            {
                failure = $"it compares \"{field}\", and the form has no questions";
                return null;
            }

            // XGov compares what it has in its state; nothing the form asks puts "field" there, so the
            // comparison holds exactly when it holds for no answer at all.
            var negative = op is "is not" or "does not contain";
            notes.Add($"no question of the form is \"{field}\" (XGov code sets it, or its question was removed or is not reached), so \"{op} {value}\" {(negative ? "always" : "never")} holds, as in XGov with no answer");
            return negative ? new JsonObject { ["not"] = Never(available[0].Name) } : Never(available[0].Name);
        }

        var name = question.Name;
        switch (question.Kind)
        {
            case "yesNo" when op is "is" or "is not":
                var yes = value.Trim().ToLowerInvariant() switch
                {
                    "true" or "yes" => "yes",
                    "false" or "no" => "no",
                    _ => null,
                };
                if (yes is null)
                {
                    notes.Add($"\"{value}\" is not an answer to the yes or no question \"{name}\", so that comparison never holds");
                    return op == "is" ? Never(name) : Answered(name);
                }

                return Compare(name, op == "is" ? "equals" : "notEquals", yes);
            case "singleChoice" when op is "is" or "is not":
                if (Option(question, value) is not { } option)
                {
                    notes.Add($"\"{value}\" is not an option of \"{name}\", so that comparison never holds");
                    return op == "is" ? Never(name) : Answered(name);
                }

                return Compare(name, op == "is" ? "equals" : "notEquals", option);
            case "singleChoice" when Ordering.Contains(op):
                if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var limit))
                {
                    failure = $"\"{value}\" is not a number to compare the options of \"{name}\" with";
                    return null;
                }

                var holding = question.OptionValues.Where(o => decimal.TryParse(o, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && Holds(op, n.CompareTo(limit))).ToList();
                notes.Add($"\"{op} {value}\" on the choice \"{name}\" is written as the options it holds for");
                return holding.Count == 0 ? Never(name) : new JsonObject { ["question"] = name, ["operator"] = "in", ["value"] = new JsonArray([.. holding.Select(h => (JsonNode)h)]) };
            case "multipleChoice" when op is "contains" or "does not contain" or "is" or "is not":
                if (Option(question, value) is not { } selected)
                {
                    notes.Add($"\"{value}\" is not an option of \"{name}\", so that comparison never holds");
                    return op is "contains" or "is" ? Never(name) : Answered(name);
                }

                if (op is "is" or "is not")
                {
                    notes.Add($"\"{op}\" on the checkboxes \"{name}\" is written as \"{(op == "is" ? "contains" : "does not contain")}\"");
                }

                var contains = Compare(name, "contains", selected);
                return op is "contains" or "is" ? contains : new JsonObject { ["not"] = contains };
            case "number" or "money":
                if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    failure = $"\"{value}\" is not a number, and \"{name}\" is a number question";
                    return null;
                }

                var numeric = op switch
                {
                    "is" => "equals",
                    "is not" => "notEquals",
                    "is more than" => "greaterThan",
                    "is less than" => "lessThan",
                    "is at least" => "atLeast",
                    "is at most" => "atMost",
                    _ => null,
                };
                if (numeric is null)
                {
                    failure = $"the operator \"{op}\" does not fit the number question \"{name}\"";
                    return null;
                }

                return new JsonObject { ["question"] = name, ["operator"] = numeric, ["value"] = number == decimal.Truncate(number) && Math.Abs(number) < 1e15m ? JsonValue.Create((long)number) : JsonValue.Create(number) };
            case "text" or "longText" or "email" or "phone" or "time" when op is "is" or "is not":
                return Compare(name, op == "is" ? "equals" : "notEquals", value);
            default:
                failure = $"the operator \"{op}\" on \"{name}\" (a {question.Kind} question) has no GovDesign equivalent";
                return null;
        }
    }

    private static bool Holds(string op, int comparison) => op switch
    {
        "is more than" => comparison > 0,
        "is less than" => comparison < 0,
        "is at least" => comparison >= 0,
        _ => comparison <= 0,
    };

    /// <summary>
    /// The question a condition names: by the component's name, or after a section prefix ("section.name"),
    /// or (for a component renamed since the condition was made) the one question whose label is the
    /// condition's display text.
    /// </summary>
    private SourceQuestion? Resolve(string field, string? display, List<string> notes)
    {
        var name = field.Contains('.', StringComparison.Ordinal) ? field[(field.LastIndexOf('.') + 1)..] : field;
        if ((available.FirstOrDefault(q => q.SourceName == field) ?? available.FirstOrDefault(q => q.SourceName == name)) is { } found)
        {
            return found;
        }

        if (display is null)
        {
            return null;
        }

        var label = Regex.Replace(display, @" in [A-Za-z0-9]{6}$", "", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
        var byLabel = available.Where(q => string.Equals((string?)q.Json["label"], label, StringComparison.Ordinal)).ToList();
        if (byLabel.Count != 1)
        {
            return null;
        }

        notes.Add($"no question is \"{field}\", so the one labelled \"{label}\" is compared");
        return byLabel[0];
    }

    /// <summary>The option of <paramref name="question"/> that <paramref name="value"/> means: by value, else by value ignoring case.</summary>
    private static string? Option(SourceQuestion question, string value)
    {
        var values = question.OptionValues.ToList();
        return values.Contains(value) ? value : values.FirstOrDefault(v => string.Equals(v, value.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static JsonObject Compare(string name, string op, string value) => new() { ["question"] = name, ["operator"] = op, ["value"] = value };

    private static JsonObject Answered(string name) => new() { ["question"] = name, ["operator"] = "answered" };

    /// <summary>A condition that never holds: the question is both answered and not answered.</summary>
    private static JsonObject Never(string name) => new()
    {
        ["all"] = new JsonArray(Answered(name), new JsonObject { ["question"] = name, ["operator"] = "answered", ["value"] = false }),
    };
}
