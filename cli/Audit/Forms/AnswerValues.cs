using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;

namespace GovDesign.Cli.Audit.Forms;

/// <summary>What the walker types for one answer: the fields it fills, and the answer as the runner saves it.</summary>
/// <param name="Fields">Field name and value; a choice field is checked, a select is chosen, a file field gets <see cref="FormFiller"/>'s file.</param>
/// <param name="Saved">The normalised answer the journey sees, for planning walks and measuring conditions.</param>
internal sealed record AnswerValue(IReadOnlyList<(string Name, string Value)> Fields, JsonNode? Saved)
{
    /// <summary>What the journey sees: answers the walker does not model closely (names, addresses) count as answered.</summary>
    public JsonNode SavedOrAnswered => Saved?.DeepClone() ?? JsonValue.Create("(answered)");
}

/// <summary>
/// Valid answers per question kind, read from the definition (options, date limits, number ranges,
/// lengths), several where a condition could tell them apart; and one invalid answer where the kind has one.
/// </summary>
internal static class AnswerValues
{
    /// <summary>Marks a file field: the filler uploads a small file of an accepted type (or, for the invalid answer, a text file).</summary>
    public const string FileValid = "\u0001file";
    public const string FileInvalid = "\u0001text-file";

    private static readonly string[] DateOffsets = ["-40y", "-20y", "-10d", "-60d", "-200d", "-5y", "+10d", "+60d", "+2y"];

    /// <summary>Valid answers, the plainest first. Never empty.</summary>
    public static IReadOnlyList<AnswerValue> Valid(Question question, DateOnly today)
    {
        var name = question.Name;
        var s = question.Settings;
        AnswerValue One(string value, JsonNode? saved) => new([(name, value)], saved);
        return question.Kind switch
        {
            AnswerKind.Text => [One(Fit("Sample answer", s), "Sample answer")],
            AnswerKind.LongText => [One(Fit("A longer answer, in a sentence.", s), "A longer answer, in a sentence.")],
            AnswerKind.Number => Numbers(s).Select(n => One(n.ToString(CultureInfo.InvariantCulture), JsonValue.Create(n))).ToList(),
            AnswerKind.Money => [Money(s, name)],
            AnswerKind.Date => Dates(question, today),
            AnswerKind.Name when Bool(s["parts"]) => [new([(name + "-given", "Sam"), (name + "-family", "Jones")], null)],
            AnswerKind.Name => [One("Sam Jones", null)],
            AnswerKind.Email => [One("sam@example.com", "sam@example.com")],
            AnswerKind.Phone => [One("07911 123456", null)],
            AnswerKind.UkAddress => [new([(name + "-line1", "1 High Street"), (name + "-town", "Cardiff"), (name + "-postcode", "CF10 1AA")], null)],
            AnswerKind.InternationalAddress => [new([(name + "-line1", "12 Rue de la Paix"), (name + "-line2", "75002 Paris"), (name + "-country", "FR")], null)],
            AnswerKind.NationalId => [One("AB 12 34 56 C", "AB123456C")],
            AnswerKind.YesNo => [One("yes", "yes"), One("no", "no")],
            AnswerKind.SingleChoice => question.Options.Select(o => One(o.Value, o.Value)).ToList(),
            AnswerKind.MultipleChoice => question.Options.Select(o => One(o.Value, new JsonArray(JsonValue.Create(o.Value)))).ToList(),
            AnswerKind.File => [One(FileValid, null)],
            _ => [One("Sample answer", null)],
        };
    }

    /// <summary>An answer the runner must refuse, or null when the kind has none a browser can send (choices, names).</summary>
    public static AnswerValue? Invalid(Question question)
    {
        var name = question.Name;
        var s = question.Settings;
        AnswerValue One(string value) => new([(name, value)], null);
        return question.Kind switch
        {
            AnswerKind.Text or AnswerKind.LongText when Int(s["maxLength"]) is { } max => One(new string('x', max + 1)),
            AnswerKind.Number or AnswerKind.Money => One("twelve"),
            AnswerKind.Date when question.DatePrecision == "monthYear" => new([(name + "-month", "13"), (name + "-year", "2020")], null),
            AnswerKind.Date => new([(name + "-day", "32"), (name + "-month", "13"), (name + "-year", "2020")], null),
            AnswerKind.Email => One("not an email address"),
            AnswerKind.Phone => One("12"),
            AnswerKind.UkAddress => new([(name + "-line1", "1 High Street"), (name + "-town", "Cardiff"), (name + "-postcode", "NOT A POSTCODE")], null),
            AnswerKind.NationalId => One("123"),
            AnswerKind.File => One(FileInvalid),
            _ => null,
        };
    }

    private static string Fit(string text, JsonObject s) => Int(s["maxLength"]) is { } max && text.Length > max ? text[..Math.Max(max, 1)] : text;

    private static List<decimal> Numbers(JsonObject s)
    {
        var min = Dec(s["min"]);
        var max = Dec(s["max"]);
        var middle = (min, max) switch
        {
            ({ } a, { } b) => Math.Floor((a + b) / 2),
            ({ } a, null) => a + 1,
            (null, { } b) => b - 1,
            _ => 3m,
        };
        return new[] { middle, min ?? middle, max ?? middle }.Distinct().ToList();
    }

    private static AnswerValue Money(JsonObject s, string name)
    {
        var value = 120.50m;
        if (Dec(s["max"]) is { } max && value > max)
        {
            value = Dec(s["min"]) ?? max;
        }

        return new([(name, value.ToString("0.00", CultureInfo.InvariantCulture))], JsonValue.Create(value));
    }

    /// <summary>Dates from far past to near future, kept to those the question's limits allow.</summary>
    private static List<AnswerValue> Dates(Question question, DateOnly today)
    {
        var s = question.Settings;
        var earliest = Limit(s["earliest"], today);
        var latest = Limit(s["latest"], today);
        var monthYear = question.DatePrecision == "monthYear";
        var found = new List<AnswerValue>();
        foreach (var offset in DateOffsets)
        {
            DateValue.TryParse(offset, out var value);
            var date = value.Resolve(today);
            if (monthYear)
            {
                date = new DateOnly(date.Year, date.Month, 1);
            }

            var allowed = (!Bool(s["mustBeInPast"]) || date < today) && (!Bool(s["mustBeInFuture"]) || date > today)
                && (earliest is null || date >= earliest) && (latest is null || date <= latest);
            if (allowed && (monthYear ? date.AddMonths(1) <= today || !Bool(s["mustBeInPast"]) : true))
            {
                var n = question.Name;
                string N(int i) => i.ToString(CultureInfo.InvariantCulture);
                found.Add(monthYear
                    ? new([(n + "-month", N(date.Month)), (n + "-year", N(date.Year))], date.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                    : new([(n + "-day", N(date.Day)), (n + "-month", N(date.Month)), (n + "-year", N(date.Year))], date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        return found.Count > 0 ? found : [new([(question.Name + "-day", N2(today.Day)), (question.Name + "-month", N2(today.Month)), (question.Name + "-year", N2(today.Year))], today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
    }

    private static string N2(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static DateOnly? Limit(JsonNode? node, DateOnly today) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) && DateValue.TryParse(text, out var value) ? value.Resolve(today) : null;

    private static bool Bool(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<decimal>(out var d) ? (int)d : null;

    private static decimal? Dec(JsonNode? node) => node is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;
}
