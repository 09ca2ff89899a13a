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
        ("string.pattern.base", "phone"), ("string.pattern.base", "international"),
    ];

    private readonly JsonObject _schema = component["schema"] as JsonObject ?? [];
    private readonly JsonObject _options = component["options"] as JsonObject ?? [];

    /// <summary>Whether the source's UK address asks for the county (DEFRA's forms-engine-plugin always does; XGov's digital form builder never).</summary>
    public bool CountyLine { get; init; }

    /// <summary>Whether the question is on an add-another page, where a file question takes one file.</summary>
    public bool OnAddAnother { get; init; }

    public void Write(string type, string kind)
    {
        switch (kind)
        {
            case "singleChoice" when type is "SelectField" or "AutocompleteField":
                question["display"] = "select";
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

                WordLimit();
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
            case "phone":
                Phone();
                return;
            case "file" when type == "ClientSideFileUploadField":
                new UploadSettings(question, pointer, notes) { OnAddAnother = OnAddAnother }.Write(_options);
                return;
            case "ukAddress":
                if (CountyLine)
                {
                    question["county"] = true;
                }

                notes.Mapped(pointer, "UK address county line", CountyLine
                    ? "The source's UK address asks for the county on an optional line, and so does this one (\"county\": true)."
                    : "The source's UK address has no county line, and neither has this one.");
                return;
        }
    }

    /// <summary>A word limit (<c>options.maxWords</c>, a number or a string of digits): GovDesign counts words or characters, not both, so the word limit wins.</summary>
    private void WordLimit()
    {
        if (_options["maxWords"] is null)
        {
            return;
        }

        if (Number(_options["maxWords"]) is not { } words || words < 1 || words > 10_000 || words != decimal.Truncate(words))
        {
            notes.Dropped(pointer + "/options/maxWords", "word limit", $"\"{_options["maxWords"]?.ToJsonString()}\" is not a number of words from 1 to 10,000, so no word limit is checked.");
            return;
        }

        question["maxWords"] = (int)words;
        notes.Mapped(pointer + "/options/maxWords", "word limit", $"A limit of {(int)words} words (\"maxWords\"), counted under the box as people type.");
        if (question.Remove("maxLength"))
        {
            notes.Approximated(pointer + "/schema", "character limit beside a word limit", "GovDesign counts words or characters under a box, not both: the word limit is kept and the character limit is not checked.");
        }
    }

    /// <summary>
    /// XGov checks phone numbers against a pattern of UK numbers unless <c>options.isInternational</c>;
    /// GovDesign checks them with libphonenumber, limited to the UK the same way.
    /// </summary>
    private void Phone()
    {
        var international = _options["isInternational"] is JsonValue flag && flag.TryGetValue<bool>(out var yes) && yes;
        if (!international)
        {
            question["allowInternational"] = false;
        }

        notes.Mapped(pointer + (international ? "/options/isInternational" : ""), "phone number country", international
            ? "Numbers of any country are accepted, as in XGov (\"isInternational\")."
            : "Only UK numbers are accepted (\"allowInternational\": false), as XGov accepts only UK numbers unless \"isInternational\" is set.");
        if (_schema["regex"] is not null)
        {
            notes.Approximated(pointer + "/schema/regex", "phone pattern", "GovDesign checks phone numbers itself; the source's pattern is not used.");
        }

        if (_schema["min"] is not null || _schema["max"] is not null)
        {
            notes.Approximated(pointer + "/schema", "phone length", "GovDesign checks a phone number's length by its country's numbering rules; the source's length limits are not used.");
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

        if (question["allowInternational"] is null)
        {
            messages.Remove("international");
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
