using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovDesign.Cli.Forms.Import;

/// <summary>A component's <c>schema</c> and <c>options</c> as the settings and messages of its GovDesign question.</summary>
internal sealed class QuestionSettings(JsonObject component, JsonObject question, string pointer, ImportReport notes)
{
    /// <summary>XGov (Joi) message keys and the GovDesign rule each is the message of.</summary>
    private static readonly (string Source, string Rule)[] MessageRules =
    [
        ("any.required", "required"), ("string.empty", "required"), ("array.min", "required"),
        ("string.max", "maxLength"), ("string.min", "minLength"), ("string.pattern.base", "pattern"),
        ("number.base", "number"), ("number.min", "min"), ("number.max", "max"), ("number.integer", "wholeNumber"),
        ("date.base", "realDate"), ("date.min", "earliest"), ("date.max", "latest"),
    ];

    private readonly JsonObject _schema = component["schema"] as JsonObject ?? [];
    private readonly JsonObject _options = component["options"] as JsonObject ?? [];

    public void Write(string type, string kind)
    {
        switch (kind)
        {
            case "text" when type == "TimeField":
                question["pattern"] = "([01]?[0-9]|2[0-3])[:.][0-5][0-9]";
                question["width"] = "5";
                question["messages"] = new JsonObject { ["pattern"] = "Enter a time in the 24-hour clock, like 14:30" };
                return;
            case "text":
                Lengths(_schema["min"], _schema["max"]);
                if (XGovImporter.Str(_schema["regex"]) is { Length: > 0 } regex)
                {
                    Pattern(regex);
                }

                if (XGovImporter.Str(_options["autocomplete"]) is { Length: > 0 } autocomplete)
                {
                    question["autocomplete"] = autocomplete;
                }

                if (type == "WebsiteField")
                {
                    question["spellcheck"] = false;
                }

                return;
            case "longText":
                Lengths(_schema["min"], _schema["max"] ?? _schema["maxlength"] ?? _schema["length"]);
                if (Number(_options["rows"]) is { } rows && rows is >= 2 and <= 100)
                {
                    question["rows"] = (int)rows;
                }

                if (_options["maxWords"] is not null)
                {
                    notes.Approximated(pointer + "/options/maxWords", "word limit", "GovDesign has no word limit on long text yet: the limit is not checked.");
                }

                return;
            case "number" or "money":
                Range(kind);
                return;
            case "date":
                if (type == "MonthYearField")
                {
                    question["precision"] = "monthYear";
                }

                if (Number(_options["maxDaysInPast"]) is { } past && past is >= 0 and < 10000)
                {
                    question["earliest"] = $"-{(int)past}d";
                }

                if (Number(_options["maxDaysInFuture"]) is { } future && future is >= 0 and < 10000)
                {
                    question["latest"] = $"+{(int)future}d";
                }

                return;
            case "phone" when _schema["regex"] is not null:
                notes.Approximated(pointer + "/schema/regex", "phone pattern", "GovDesign checks phone numbers itself; the source's pattern is not used.");
                return;
        }
    }

    private void Range(string kind)
    {
        var min = Number(_schema["min"]) is { } a && Math.Abs(a) < 1e15m ? a : (decimal?)null;
        var max = Number(_schema["max"]) is { } b && Math.Abs(b) < 1e15m ? b : (decimal?)null;
        if (min is not null && max is not null && min > max)
        {
            notes.Approximated(pointer + "/schema", "number range", $"The minimum {min} is more than the maximum {max}; neither is written.");
            min = max = null;
        }

        if (min is { } low)
        {
            question["min"] = Json(low);
        }

        if (max is { } high)
        {
            question["max"] = Json(high);
        }

        if (kind == "money")
        {
            question["currency"] = XGovImporter.Str(_options["prefix"]) switch
            {
                "€" => "EUR",
                "$" => "USD",
                _ => "GBP",
            };
            return;
        }

        if (Number(_schema["precision"]) is 0m || _schema["integer"] is JsonValue integer && integer.TryGetValue<bool>(out var whole) && whole)
        {
            question["wholeNumber"] = true;
        }

        if (XGovImporter.Str(_options["prefix"]) is { Length: > 0 } prefix)
        {
            question["prefix"] = prefix;
        }

        if (XGovImporter.Str(_options["suffix"]) is { Length: > 0 } suffix)
        {
            question["suffix"] = suffix;
        }
    }

    private void Lengths(JsonNode? minNode, JsonNode? maxNode)
    {
        var min = Number(minNode);
        var max = Number(maxNode);
        (min, max) = (min is > 100_000 ? null : min, max is > 100_000 ? null : max);
        if (min is { } low && low >= 1 && (max is null || low <= max))
        {
            question["minLength"] = (int)low;
        }

        if (max is { } high && high >= 1)
        {
            question["maxLength"] = (int)high;
        }
    }

    private void Pattern(string regex)
    {
        try
        {
            _ = new Regex(regex, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
            question["pattern"] = regex;
        }
        catch (ArgumentException)
        {
            notes.Dropped(pointer + "/schema/regex", "pattern", $"The pattern \"{regex}\" is not a regular expression GovDesign can run (ECMAScript syntax), so it is not checked.");
        }
    }

    /// <summary>The component's own error messages, for the rules the question's kind has; templated ones are left out.</summary>
    public void WriteMessages(IReadOnlySet<string> rules)
    {
        if (_options["customValidationMessages"] is not JsonObject custom)
        {
            return;
        }

        var messages = question["messages"] as JsonObject ?? [];
        foreach (var (source, rule) in MessageRules)
        {
            if (XGovImporter.Str(custom[source]) is not { Length: > 0 } text || !rules.Contains(rule) || messages.ContainsKey(rule))
            {
                continue;
            }

            if (text.Contains("{{", StringComparison.Ordinal))
            {
                notes.Approximated($"{pointer}/options/customValidationMessages/{source}", "message with a template", $"The message \"{text}\" has template tags, so GovDesign's own message for {rule} is used.");
                continue;
            }

            if (HtmlToMarkdown.PlainText(text) is { Length: > 0 } plain)
            {
                messages[rule] = plain;
            }
        }

        if (messages.Count > 0 && question["messages"] is null)
        {
            question["messages"] = messages;
        }
    }

    private static decimal? Number(JsonNode? node) => node is JsonValue value && (value.TryGetValue<decimal>(out var number)
        || value.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)) ? number : null;

    private static JsonNode Json(decimal number) => number == decimal.Truncate(number) ? JsonValue.Create((long)number) : JsonValue.Create(number);
}
