namespace GovDesign.Forms.Definitions;

/// <summary>
/// The keys a definition's <c>messages</c> may use for each type of question, as the schema lists them,
/// and the rules of the patterns library's answer type that each key gives its message to ("min" on a
/// number is the answer type's "minimum"; "lines" on an international address is every line's "enter").
/// </summary>
internal static class MessageKeys
{
    private static readonly string[] AddressLines = [.. Enumerable.Range(1, 6).Select(n => $"line{n}Required")];

    private static readonly Dictionary<AnswerKind, Dictionary<string, string[]>> Rules = new()
    {
        [AnswerKind.Text] = Same("required", "minLength", "maxLength", "pattern"),
        [AnswerKind.LongText] = Same("required", "minLength", "maxLength"),
        [AnswerKind.Number] = With(Same("required", "number", "wholeNumber"), ("min", ["minimum"]), ("max", ["maximum"])),
        [AnswerKind.Money] = With(Same("required"), ("money", ["number"]), ("min", ["minimum"]), ("max", ["maximum"])),
        [AnswerKind.Date] = Same("required", "realDate", "past", "future", "earliest", "latest"),
        [AnswerKind.Name] = With(Same("required"), ("given", ["givenRequired"]), ("family", ["familyRequired"])),
        [AnswerKind.Email] = With(Same("required"), ("email", ["format"])),
        [AnswerKind.Phone] = With(Same("required"), ("phone", ["format"])),
        [AnswerKind.UkAddress] = With(Same("required"), ("line1", ["line1Required"]), ("town", ["townRequired"]), ("postcode", ["postcode", "postcodeRequired"])),
        [AnswerKind.InternationalAddress] = With(Same("required"), ("country", ["countryRequired"]), ("lines", AddressLines)),
        [AnswerKind.NationalId] = With(Same("required"), ("nationalId", ["format", "checksum"])),
        [AnswerKind.YesNo] = Same("required"),
        [AnswerKind.SingleChoice] = Same("required"),
        [AnswerKind.MultipleChoice] = With(Same("required"), ("minSelected", ["minSelections"]), ("maxSelected", ["maxSelections"])),
        [AnswerKind.File] = With(Same("required", "fileType"), ("fileSize", ["maxSize"])),
    };

    /// <summary>The keys a question of this type may use, as the schema lists them.</summary>
    public static IReadOnlyCollection<string> For(AnswerKind kind) => Rules.TryGetValue(kind, out var keys) ? keys.Keys : [];

    /// <summary>The definition's messages under the answer type's rule names; keys the type does not have are left out.</summary>
    public static Dictionary<string, T> ToRules<T>(AnswerKind kind, IReadOnlyDictionary<string, T> messages) =>
        messages.Where(m => Rules.TryGetValue(kind, out var keys) && keys.ContainsKey(m.Key))
            .SelectMany(m => Rules[kind][m.Key].Select(rule => (Rule: rule, m.Value)))
            .ToDictionary(m => m.Rule, m => m.Value, StringComparer.Ordinal);

    private static Dictionary<string, string[]> Same(params string[] keys) => keys.ToDictionary(k => k, k => new[] { k }, StringComparer.Ordinal);

    private static Dictionary<string, string[]> With(Dictionary<string, string[]> keys, params (string Key, string[] Rules)[] renamed)
    {
        foreach (var (key, rules) in renamed)
        {
            keys[key] = rules;
        }

        return keys;
    }
}
