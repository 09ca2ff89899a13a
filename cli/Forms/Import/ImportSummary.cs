using System.Globalization;

namespace GovDesign.Cli.Forms.Import;

/// <summary>The totals of importing a folder: the figures the coverage script prints, and what is still dropped or approximated.</summary>
internal sealed class ImportSummary
{
    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _approximated = new(StringComparer.Ordinal);

    public int Files { get; set; }

    public int Valid { get; private set; }

    public int QuestionsTotal { get; private set; }

    public int QuestionsMapped { get; private set; }

    public int QuestionsUnreached { get; private set; }

    public int QuestionsUnlinked { get; private set; }

    public int ConditionsTotal { get; private set; }

    public int ConditionsMapped { get; private set; }

    public void Add(ImportReport report, bool valid)
    {
        Valid += valid ? 1 : 0;
        QuestionsTotal += report.QuestionsTotal;
        QuestionsMapped += report.QuestionsMapped;
        QuestionsUnreached += report.QuestionsUnreached;
        QuestionsUnlinked += report.QuestionsUnlinked;
        ConditionsTotal += report.ConditionsTotal;
        ConditionsMapped += report.ConditionsMapped;
        foreach (var entry in report.Entries)
        {
            var tally = entry.Outcome switch
            {
                Outcome.Dropped => _dropped,
                Outcome.Approximated => _approximated,
                _ => null,
            };
            if (tally is not null)
            {
                tally[entry.Topic] = tally.GetValueOrDefault(entry.Topic) + 1;
            }
        }
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"Files imported and valid: {Valid} / {Files} ({Percent(Valid, Files)})");
        output.WriteLine($"Questions mapped: {QuestionsMapped} / {QuestionsTotal} ({Percent(QuestionsMapped, QuestionsTotal)})");
        var reached = QuestionsTotal - QuestionsUnreached;
        output.WriteLine($"  on pages a journey reaches: {QuestionsMapped} / {reached} ({Percent(QuestionsMapped, reached)}); {QuestionsUnreached} are on pages no journey reaches");
        var linked = QuestionsTotal - QuestionsUnlinked;
        output.WriteLine($"  on pages XGov's links lead to: {QuestionsMapped} / {linked} ({Percent(QuestionsMapped, linked)}); {QuestionsUnlinked} are on pages no link XGov follows leads to (only its own code, a link in text, or a link under a condition the form does not have)");
        output.WriteLine($"Conditions mapped: {ConditionsMapped} / {ConditionsTotal} ({Percent(ConditionsMapped, ConditionsTotal)})");
        Tally(output, "Still dropped (cannot map yet)", _dropped);
        Tally(output, "Approximated (check by hand)", _approximated);
    }

    private static void Tally(TextWriter output, string heading, Dictionary<string, int> tally)
    {
        output.WriteLine($"{heading}: {(tally.Count == 0 ? "none" : "")}");
        foreach (var (topic, count) in tally.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {count,4}  {topic}");
        }
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "100%" : (Math.Floor(part * 1000.0 / whole) / 10).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
