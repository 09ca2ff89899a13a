using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>
/// The patterns library's answer type for a question of a loaded form, in one language (options and
/// prefixes are text the citizen reads). Built once per question and language, then reused; only a
/// date's limits are worked out again each time, as "-16y" means a different day tomorrow.
/// </summary>
internal sealed class AnswerTypes(TimeProvider? time = null)
{
    private static readonly ResourceManager Text = new(typeof(RunnerText));

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<(Question, string), AnswerType> _types = new();
    private readonly ConcurrentDictionary<(Question, string), AnswerQuestion> _questions = new();

    public AnswerType For(Question question, string language)
    {
        var type = _types.GetOrAdd((question, language), key => Create(key.Item1, key.Item2));
        if (type is not DateAnswer date || (question.Settings["earliest"] ?? question.Settings["latest"]) is null)
        {
            return type;
        }

        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        return date with { Earliest = Limit(question.Settings["earliest"], today, false), Latest = Limit(question.Settings["latest"], today, true) };
    }

    /// <summary>A date limit as it is today; "2024-03" as the latest date means the end of March, not its first day.</summary>
    private static DateOnly? Limit(JsonNode? node, DateOnly today, bool latest)
    {
        if (Str(node) is not { } text || !DateValue.TryParse(text, out var value))
        {
            return null;
        }

        var date = value.Resolve(today);
        return latest && text.Length == 7 ? new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)) : date;
    }

    public AnswerQuestion Ask(Question question, string language) => _questions.GetOrAdd((question, language), key =>
    {
        var (q, lang) = key;
        var label = q.Label.In(lang);
        return new AnswerQuestion(q.Name, label, q.Subject?.In(lang) ?? Fallback(label, lang))
        {
            Hint = q.Hint?.In(lang),
            Required = !q.Optional,
            Messages = q.Messages.Count == 0 ? null : MessageKeys.ToRules(q.Kind, q.Messages).ToDictionary(m => m.Key, m => m.Value.In(lang), StringComparer.Ordinal),
        };
    });

    private AnswerType Create(Question question, string language)
    {
        var s = question.Settings;
        var options = question.Options.Select(o => new AnswerOption(o.Value, o.Text.In(language)) { Hint = o.Hint?.In(language) }).ToList();
        return question.Kind switch
        {
            AnswerKind.Text => new TextAnswer { MinLength = Int(s["minLength"]), MaxLength = Int(s["maxLength"]), Pattern = Str(s["pattern"]), PatternMessage = question.Messages.GetValueOrDefault("pattern")?.In(language), Width = Str(s["width"]), Autocomplete = Str(s["autocomplete"]), Spellcheck = Bool(s["spellcheck"]) },
            AnswerKind.LongText => new LongTextAnswer { MinLength = Int(s["minLength"]), MaxLength = Int(s["maxLength"]), Rows = Int(s["rows"]) },
            AnswerKind.Number => new NumberAnswer { Minimum = Dec(s["min"]), Maximum = Dec(s["max"]), DecimalPlaces = Bool(s["wholeNumber"]) == true ? 0 : 2, Prefix = LocalText(s["prefix"], language), Suffix = LocalText(s["suffix"], language), Width = Str(s["width"]) },
            AnswerKind.Money => new MoneyAnswer { Minimum = Dec(s["min"]) ?? 0m, Maximum = Dec(s["max"]), CurrencySymbol = MoneyAnswer.SymbolFor(Str(s["currency"]) ?? "GBP") },
            AnswerKind.Date => new DateAnswer
            {
                Precision = Str(s["precision"]) switch { "monthYear" => DatePrecision.MonthYear, "dayMonth" => DatePrecision.DayMonth, _ => DatePrecision.Full },
                MustBeInPast = Bool(s["mustBeInPast"]) == true,
                MustBeInFuture = Bool(s["mustBeInFuture"]) == true,
                Autocomplete = Str(s["autocomplete"]),
                Clock = _time,
            },
            AnswerKind.Name => new NameAnswer { Parts = Bool(s["parts"]) == true ? NameParts.GivenAndFamily : NameParts.Full },
            AnswerKind.Email => new EmailAnswer { Autocomplete = Str(s["autocomplete"]) ?? "email" },
            AnswerKind.Phone => new PhoneAnswer { DefaultRegion = Str(s["defaultRegion"]) ?? "GB" },
            AnswerKind.UkAddress => new UkAddressAnswer(),
            AnswerKind.InternationalAddress => new InternationalAddressAnswer(),
            AnswerKind.NationalId => new NationalIdAnswer { Kind = NationalIdKind.UkNationalInsurance }, // the schema's only scheme today
            AnswerKind.YesNo => new YesNoAnswer { Inline = Bool(s["inline"]) ?? true },
            AnswerKind.SingleChoice => new SingleChoiceAnswer { Options = options, Inline = Bool(s["inline"]) == true },
            AnswerKind.MultipleChoice => new MultipleChoiceAnswer { Options = options, MinSelections = Int(s["minSelected"]) ?? (question.Optional ? 0 : 1), MaxSelections = Int(s["maxSelected"]) },
            AnswerKind.File => new FileAnswer
            {
                MaxBytes = (Int(s["maxSizeMb"]) ?? 2) * 1024L * 1024L,

                // The loader refuses a type whose content cannot be checked, so none is dropped here.
                AllowedKinds = s["accept"] is JsonArray accept ? [.. accept.Select(Str).OfType<string>().Select(FileAnswer.KindFor).OfType<FileKind>()] : new FileAnswer().AllowedKinds,
            },
            _ => new TextAnswer(),
        };
    }

    /// <summary>
    /// The answer's name when the question has no subject: the label in lower case when it names the
    /// answer ("Email address"), or a neutral "your answer" in the language when it is asked as a question
    /// ("What is your email address?" cannot follow "Enter"); the loader warns about the latter.
    /// </summary>
    private static string Fallback(string label, string language) => QuestionLabels.IsAskedAsQuestion(label)
        ? Text.GetString("AnswerSubjectFallback", CultureInfo.GetCultureInfo(language)) ?? "your answer"
        : Lower(QuestionLabels.WithoutTrailingNote(label));

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool? Bool(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<decimal>(out var d) ? (int)d : null;

    private static decimal? Dec(JsonNode? node) => node is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    private static string? LocalText(JsonNode? node, string language) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o => Str(o[language]) ?? Str(o["en"]) ?? o.Select(p => Str(p.Value)).FirstOrDefault(t => t is not null),
        _ => null,
    };
}
