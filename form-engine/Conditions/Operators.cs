using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading.Schema;

namespace GovDesign.Forms.Conditions;

/// <summary>
/// The comparison operators: which answer shapes each fits (a kind says its shape, see
/// <see cref="AnswerKind.ComparedAs"/>), what value each needs, and the compiled test over the
/// normalised answers.
/// </summary>
internal static class Operators
{
    public sealed record Compiled(Condition? Condition, string? Error = null, bool ErrorAtValue = false);

    private static readonly string[] Ordering = ["greaterThan", "lessThan", "atLeast", "atMost"];

    public static IEnumerable<string> Fitting(Comparison comparison)
    {
        var shape = comparison.Shape;
        if (shape is AnswerShape.Text or AnswerShape.YesNo or AnswerShape.Option or AnswerShape.Number or AnswerShape.Date)
        {
            yield return "equals";
            yield return "notEquals";
            yield return "in";
        }

        if (shape == AnswerShape.Options)
        {
            yield return "contains";
        }

        if (shape is AnswerShape.Number or AnswerShape.Date)
        {
            foreach (var op in Ordering)
            {
                yield return op;
            }
        }

        if (shape == AnswerShape.Date)
        {
            yield return "before";
            yield return "after";
        }

        if (comparison.ByLength)
        {
            yield return "lengthAtLeast";
            yield return "lengthAtMost";
        }

        yield return "answered";
    }

    public static Compiled Compile(Question question, string op, JsonNode? value, bool hasValue)
    {
        var comparison = question.Kind.ComparedAs(question.Settings);
        if (!Fitting(comparison).Contains(op))
        {
            var variant = comparison.Variant is { } v ? $" ({v})" : "";
            return new Compiled(null, $"The operator \"{op}\" does not fit \"{question.Name}\", a {question.Kind.Name}{variant} question. Operators that fit: {string.Join(", ", Fitting(comparison))}.");
        }

        var name = question.Name;
        switch (op)
        {
            case "answered":
                return hasValue && value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)
                    ? ValueError("The value of \"answered\" must be true or false (or left out, meaning true).")
                    : new Compiled(new AnsweredCondition(name, value is null || (bool)value));
            case "equals":
            case "notEquals":
                var equals = Equality(question, comparison, value, out var error);
                return equals is null ? ValueError(error!)
                    : new Compiled(new ComparisonCondition(name, op == "equals" ? equals : (answer, today) => !equals(answer, today)));
            case "in":
                return CompileIn(question, comparison, value);
            case "contains":
                if (!IsString(value, out var option) || !HasOption(question, option))
                {
                    return ValueError($"The value of \"contains\" must be one of the options of \"{name}\": {Options(question)}.");
                }

                return new Compiled(new ComparisonCondition(name, (answer, _) => answer is JsonArray selected && selected.Any(s => IsString(s, out var v) && v == option)));
            case "lengthAtLeast":
            case "lengthAtMost":
                if (SchemaValidator.Number(value) is not { } length || length < 0 || length != decimal.Truncate(length))
                {
                    return ValueError($"The value of \"{op}\" must be a whole number of {(comparison.Shape == AnswerShape.Options ? "options" : "characters")}, 0 or more.");
                }

                return new Compiled(new ComparisonCondition(name, (answer, _) => Length(answer) is { } n && (op == "lengthAtLeast" ? n >= length : n <= length)));
            default:
                return CompileOrdering(question, comparison, op, value);
        }
    }

    private static Compiled CompileIn(Question question, Comparison comparison, JsonNode? value)
    {
        if (value is not JsonArray list || list.Count == 0)
        {
            return ValueError("The value of \"in\" must be a list of values, like [\"a\", \"b\"].");
        }

        var tests = new List<Func<JsonNode, DateOnly, bool>>();
        foreach (var item in list)
        {
            if (Equality(question, comparison, item, out var error) is not { } test)
            {
                return ValueError(error!);
            }

            tests.Add(test);
        }

        return new Compiled(new ComparisonCondition(question.Name, (answer, today) => tests.Exists(t => t(answer, today))));
    }

    private static Compiled CompileOrdering(Question question, Comparison comparison, string op, JsonNode? value)
    {
        if (comparison.Shape == AnswerShape.Number)
        {
            if (SchemaValidator.Number(value) is not { } limit)
            {
                return ValueError($"The value of \"{op}\" must be a number, because \"{question.Name}\" is a {question.Kind.Name} question.");
            }

            return new Compiled(new ComparisonCondition(question.Name, (answer, _) => SchemaValidator.Number(answer) is { } n && Order(op, n.CompareTo(limit))));
        }

        if (!IsString(value, out var text) || !DateValue.TryParse(text, out var date))
        {
            return ValueError($"The value of \"{op}\" must be a date: YYYY-MM-DD, YYYY-MM, \"today\" or a relative date like \"-18y\" or \"+30d\".");
        }

        var monthly = comparison.Monthly;
        return new Compiled(new ComparisonCondition(question.Name, (answer, today) =>
            IsString(answer, out var saved) && DateValue.TryParseAnswer(saved, out var given)
            && Order(op, given.CompareTo(Truncate(date.Resolve(today), monthly)))));
    }

    private static Func<JsonNode, DateOnly, bool>? Equality(Question question, Comparison comparison, JsonNode? value, out string? error)
    {
        error = null;
        var shape = comparison.Shape;
        if (shape == AnswerShape.Number)
        {
            if (SchemaValidator.Number(value) is { } number)
            {
                return (answer, _) => SchemaValidator.Number(answer) == number;
            }

            error = $"The value must be a number, because \"{question.Name}\" is a {question.Kind.Name} question.";
            return null;
        }

        if (shape == AnswerShape.Date)
        {
            if (IsString(value, out var text) && DateValue.TryParse(text, out var date))
            {
                var monthly = comparison.Monthly;
                return (answer, today) => IsString(answer, out var saved) && DateValue.TryParseAnswer(saved, out var given) && given == Truncate(date.Resolve(today), monthly);
            }

            error = "The value must be a date: YYYY-MM-DD, YYYY-MM, \"today\" or a relative date like \"-18y\".";
            return null;
        }

        if (!IsString(value, out var expected))
        {
            error = $"The value must be a string, because \"{question.Name}\" is a {question.Kind.Name} question.";
            return null;
        }

        if (shape == AnswerShape.YesNo && expected is not ("yes" or "no"))
        {
            error = $"\"{expected}\" is not an answer to a yes or no question: use \"yes\" or \"no\".";
            return null;
        }

        if (shape == AnswerShape.Option && !HasOption(question, expected))
        {
            error = $"\"{expected}\" is not an option of \"{question.Name}\". Options: {Options(question)}.";
            return null;
        }

        var comparer = shape is AnswerShape.Option or AnswerShape.YesNo ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return (answer, _) => IsString(answer, out var given) && string.Equals(given.Trim(), expected.Trim(), comparer);
    }

    private static DateOnly Truncate(DateOnly date, bool monthly) => monthly ? new DateOnly(date.Year, date.Month, 1) : date;

    private static bool Order(string op, int comparison) => op switch
    {
        "greaterThan" or "after" => comparison > 0,
        "lessThan" or "before" => comparison < 0,
        "atLeast" => comparison >= 0,
        _ => comparison <= 0,
    };

    private static int? Length(JsonNode answer) => answer switch
    {
        JsonArray array => array.Count,
        _ when IsString(answer, out var text) => new StringInfo(text).LengthInTextElements,
        _ => null,
    };

    private static bool HasOption(Question question, string value) => question.Options.Any(o => o.Value == value);

    private static string Options(Question question) => string.Join(", ", question.Options.Select(o => "\"" + o.Value + "\""));

    private static bool IsString(JsonNode? node, out string text)
    {
        text = "";
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue(out text!);
    }

    private static Compiled ValueError(string message) => new(null, message, ErrorAtValue: true);
}
