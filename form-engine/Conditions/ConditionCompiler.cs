using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Conditions;

/// <summary>
/// Compiles condition JSON into <see cref="Condition"/> objects once, at load, reporting unknown
/// questions and named conditions, operators that do not fit a question and values that do not
/// fit an operator.
/// </summary>
internal sealed class ConditionCompiler(
    IReadOnlyDictionary<string, Question> questions,
    IReadOnlySet<string> repeatedQuestions,
    JsonObject? named,
    DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Condition?> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compiling = new(StringComparer.Ordinal);

    /// <summary>Compiles every named condition, so problems in unused ones are reported too.</summary>
    public IReadOnlyDictionary<string, Condition> CompileNamed()
    {
        var result = new Dictionary<string, Condition>(StringComparer.Ordinal);
        foreach (var (name, _) in named ?? [])
        {
            if (CompileNamed(name) is { } condition)
            {
                result[name] = condition;
            }
        }

        return result;
    }

    public Condition? Compile(JsonNode? node, string pointer)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        if (obj["all"] is JsonArray all)
        {
            return CompileList(all, pointer + "/all") is { } parts ? new AllCondition(parts) : null;
        }

        if (obj["any"] is JsonArray any)
        {
            return CompileList(any, pointer + "/any") is { } parts ? new AnyCondition(parts) : null;
        }

        if (obj.ContainsKey("not"))
        {
            return Compile(obj["not"], pointer + "/not") is { } inner ? new NotCondition(inner) : null;
        }

        if (obj["ref"] is JsonValue reference && reference.TryGetValue<string>(out var name))
        {
            if (named?.ContainsKey(name) != true)
            {
                diagnostics.Error("reference.condition", pointer + "/ref", $"No condition is named \"{name}\" in conditions.{Suggestions.For(name, named?.Select(n => n.Key) ?? [])}");
                return null;
            }

            if (_compiling.Contains(name))
            {
                diagnostics.Error("condition.cycle", pointer + "/ref", $"The condition \"{name}\" refers to itself (through {string.Join(" -> ", _compiling)}), so it can never be decided.");
                return null;
            }

            return CompileNamed(name);
        }

        return obj["question"] is JsonValue question && question.TryGetValue<string>(out var questionName)
            && obj["operator"] is JsonValue op && op.TryGetValue<string>(out var operatorName)
            ? CompileComparison(questionName, operatorName, obj, pointer)
            : null;
    }

    private Condition? CompileNamed(string name)
    {
        if (_named.TryGetValue(name, out var done))
        {
            return done;
        }

        _compiling.Add(name);
        var condition = Compile(named![name], "/conditions/" + SourceMap.Escape(name));
        _compiling.Remove(name);
        _named[name] = condition;
        return condition;
    }

    private List<Condition>? CompileList(JsonArray items, string pointer)
    {
        var parts = new List<Condition>();
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (Compile(items[i], $"{pointer}/{i}") is { } part)
            {
                parts.Add(part);
            }
            else
            {
                ok = false;
            }
        }

        return ok && parts.Count > 0 ? parts : null;
    }

    private Condition? CompileComparison(string questionName, string operatorName, JsonObject obj, string pointer)
    {
        if (!questions.TryGetValue(questionName, out var question))
        {
            diagnostics.Error("reference.question", pointer + "/question", $"No question is named \"{questionName}\".{Suggestions.For(questionName, questions.Keys)}");
            return null;
        }

        if (repeatedQuestions.Contains(questionName))
        {
            diagnostics.Error("condition.repeatedQuestion", pointer + "/question", $"\"{questionName}\" is on an add-another page, where it has one answer per item, so a condition cannot compare it.");
            return null;
        }

        var compiled = Operators.Compile(question, operatorName, obj["value"], obj.ContainsKey("value"));
        if (compiled.Error is { } error)
        {
            var at = compiled.ErrorAtValue ? "/value" : "/operator";
            diagnostics.Error(compiled.ErrorAtValue ? "condition.value" : "condition.operator", pointer + at, error);
            return null;
        }

        return compiled.Condition;
    }
}
