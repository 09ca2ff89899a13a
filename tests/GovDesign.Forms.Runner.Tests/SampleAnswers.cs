using System.Globalization;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Valid answers for any question of the samples, by kind, with the fields the answer types read.</summary>
public static class SampleAnswers
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>The start of a PNG image: enough for the runner, which recognises a file by its first bytes.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static FormDefinition Load(string slug) =>
        FormLoader.LoadFile(Path.Combine(RunnerServer.SamplesFolder, slug + ".json")).Form ?? throw new InvalidOperationException($"The sample {slug} does not load.");

    public static IEnumerable<string> Slugs => Directory.GetFiles(RunnerServer.SamplesFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    /// <summary>
    /// The fields for one question, then for the questions revealed under the option it chooses;
    /// <paramref name="choices"/> overrides choice and yes/no answers by question name.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> For(Question question, IReadOnlyDictionary<string, string>? choices = null)
    {
        var own = Own(question, choices).ToList();
        if (!question.Reveals)
        {
            return own;
        }

        var chosen = new System.Text.Json.Nodes.JsonArray([.. own.Where(f => f.Key == question.Name).Select(f => System.Text.Json.Nodes.JsonValue.Create(f.Value))]);
        return [.. own, .. question.RevealedFor(chosen).SelectMany(r => For(r, choices))];
    }

    private static IEnumerable<KeyValuePair<string, string>> Own(Question question, IReadOnlyDictionary<string, string>? choices)
    {
        var name = question.Name;
        if (choices is not null && choices.TryGetValue(name, out var chosen))
        {
            return [KeyValuePair.Create(name, chosen)];
        }

        var recent = DateTime.Today.AddDays(-10);
        var adult = new DateTime(1990, 5, 14);
        return question.Kind.Name switch
        {
            "text" => [KeyValuePair.Create(name, "Sample answer")],
            "longText" => [KeyValuePair.Create(name, "A longer answer, written in a sentence or two.")],
            "number" => [KeyValuePair.Create(name, (question.Settings is NumberSettings { Min: { } min } ? (int)min + 1 : 3).ToString(CultureInfo.InvariantCulture))],
            "money" => [KeyValuePair.Create(name, "120.50")],
            "time" => [KeyValuePair.Create(name, "09:30")],
            "date" when question.Settings is DateSettings { Precision: DatePrecision.MonthYear } => Date(name, new DateTime(2020, 3, 1), day: false),
            "date" => Date(name, name.Contains("date-of-birth", StringComparison.Ordinal) && !name.StartsWith("baby", StringComparison.Ordinal) ? adult : recent, day: true),
            "name" when question.Settings is NameSettings { Parts: true } => [KeyValuePair.Create(name + "-given", "Sam"), KeyValuePair.Create(name + "-family", "Jones")],
            "name" => [KeyValuePair.Create(name, "Sam Jones")],
            "email" => [KeyValuePair.Create(name, "sam@example.com")],
            "phone" => [KeyValuePair.Create(name, "07911 123456")],
            "ukAddress" => [KeyValuePair.Create(name + "-line1", "1 High Street"), KeyValuePair.Create(name + "-town", "Cardiff"), KeyValuePair.Create(name + "-postcode", "CF10 1AA")],
            "internationalAddress" => [KeyValuePair.Create(name + "-line1", "12 Rue de la Paix"), KeyValuePair.Create(name + "-line2", "75002 Paris"), KeyValuePair.Create(name + "-country", "FR")],
            "nationalId" => [KeyValuePair.Create(name, "AB 12 34 56 C")],
            "bankDetails" => [KeyValuePair.Create(name + "-account-name", "Sam Jones"), KeyValuePair.Create(name + "-sort-code", "20 00 00"), KeyValuePair.Create(name + "-account-number", "55779911")],
            "yesNo" => [KeyValuePair.Create(name, "no")],
            "singleChoice" => [KeyValuePair.Create(name, question.Options[0].Value)],
            "multipleChoice" => [KeyValuePair.Create(name, question.Options[0].Value)],
            _ => [],
        };
    }

    /// <summary>A file for every file question on the page: a PDF, or a PNG where the question does not accept PDFs.</summary>
    public static Dictionary<string, (string Name, string Type, byte[] Content)> Files(Page page) =>
        page.Questions.Where(q => q.Kind.Name == "file").ToDictionary(q => q.Name, q =>
            !((FileSettings)q.Settings).Accept.Contains("application/pdf")
                ? ("photo.png", "image/png", Png)
                : ("certificate.pdf", "application/pdf", Pdf));

    private static IEnumerable<KeyValuePair<string, string>> Date(string name, DateTime date, bool day) =>
        (day ? [KeyValuePair.Create(name + "-day", date.Day.ToString(CultureInfo.InvariantCulture))] : Array.Empty<KeyValuePair<string, string>>())
        .Concat([KeyValuePair.Create(name + "-month", date.Month.ToString(CultureInfo.InvariantCulture)), KeyValuePair.Create(name + "-year", date.Year.ToString(CultureInfo.InvariantCulture))]);
}
