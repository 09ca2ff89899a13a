using System.Text;

namespace GovDesign.Cli.Forms.Import;

/// <summary>What became of one part of the source.</summary>
internal enum Outcome
{
    /// <summary>Mapped to its GovDesign equivalent.</summary>
    Mapped,

    /// <summary>Mapped to something close, which a person should check.</summary>
    Approximated,

    /// <summary>Left out: GovDesign has nothing that does it yet.</summary>
    Dropped,
}

/// <summary>One line of the report.</summary>
/// <param name="Outcome">What became of it.</param>
/// <param name="Pointer">The JSON pointer of the part in the source file.</param>
/// <param name="Topic">A short name for the kind of thing, like "component DatePartsField", used to total the report over many files.</param>
/// <param name="Note">What was done, in a sentence.</param>
internal sealed record ReportEntry(Outcome Outcome, string Pointer, string Topic, string Note);

/// <summary>The report of one import: every part mapped, approximated or dropped, and the counts the coverage script totals.</summary>
internal sealed class ImportReport
{
    private readonly List<ReportEntry> _entries = [];

    public IReadOnlyList<ReportEntry> Entries => _entries;

    /// <summary>The source's input components (questions), on every page.</summary>
    public int QuestionsTotal { get; set; }

    /// <summary>The questions written to the definition, exactly or approximately.</summary>
    public int QuestionsMapped { get; set; }

    /// <summary>The source's input components on pages no journey reaches (so left out with their page), or on its summary page.</summary>
    public int QuestionsUnreached { get; set; }

    /// <summary>Of <see cref="QuestionsUnreached"/>, those on pages that no link XGov follows leads to from the start page, whatever the answers (XGov never follows a link under a condition the form does not have, nor any but the last link without a condition).</summary>
    public int QuestionsUnlinked { get; set; }

    /// <summary>The source's named conditions.</summary>
    public int ConditionsTotal { get; set; }

    /// <summary>The named conditions written to the definition.</summary>
    public int ConditionsMapped { get; set; }

    public void AddRange(ImportReport other) => _entries.AddRange(other._entries);

    public void Mapped(string pointer, string topic, string note) => _entries.Add(new(Outcome.Mapped, pointer, topic, note));

    public void Approximated(string pointer, string topic, string note) => _entries.Add(new(Outcome.Approximated, pointer, topic, note));

    public void Dropped(string pointer, string topic, string note) => _entries.Add(new(Outcome.Dropped, pointer, topic, note));

    /// <summary>The report as Markdown: the counts, then a table for each outcome, in source order.</summary>
    public string ToMarkdown(string source, string output, IReadOnlyList<string> problems)
    {
        var text = new StringBuilder();
        text.Append("# Import of ").Append(source).Append("\n\n");
        text.Append("Written to `").Append(output).Append("` by `govdesign forms import --from xgov`.\n\n");
        text.Append("- Questions mapped: ").Append(QuestionsMapped).Append(" of ").Append(QuestionsTotal);
        text.Append(QuestionsUnreached > 0 ? $" ({QuestionsUnreached} of them on pages no journey reaches{(QuestionsUnlinked > 0 ? $", {QuestionsUnlinked} on pages no link XGov follows leads to" : "")})" : "").Append('\n');
        text.Append("- Conditions mapped: ").Append(ConditionsMapped).Append(" of ").Append(ConditionsTotal).Append('\n');
        text.Append("- Approximated: ").Append(_entries.Count(e => e.Outcome == Outcome.Approximated)).Append(", dropped: ").Append(_entries.Count(e => e.Outcome == Outcome.Dropped)).Append('\n');
        text.Append("- Validation: ").Append(problems.Count == 0 ? "no errors" : $"{problems.Count} errors").Append("\n\n");
        foreach (var problem in problems)
        {
            text.Append("    ").Append(problem).Append('\n');
        }

        Table(text, Outcome.Approximated, "Approximated: check these", "Mapped to something close. Read each against the source and adjust the definition if it matters.");
        Table(text, Outcome.Dropped, "Dropped", "Left out, because GovDesign has no equivalent yet, or because nothing in the source reaches it.");
        Table(text, Outcome.Mapped, "Mapped", "Mapped to the GovDesign equivalent.");
        return text.ToString();
    }

    private void Table(StringBuilder text, Outcome outcome, string heading, string lead)
    {
        var rows = _entries.Where(e => e.Outcome == outcome).ToList();
        text.Append("## ").Append(heading).Append(" (").Append(rows.Count).Append(")\n\n");
        if (rows.Count == 0)
        {
            text.Append("None.\n\n");
            return;
        }

        text.Append(lead).Append("\n\n| Source | What | Note |\n|---|---|---|\n");
        foreach (var row in rows)
        {
            text.Append("| `").Append(row.Pointer).Append("` | ").Append(Cell(row.Topic)).Append(" | ").Append(Cell(row.Note)).Append(" |\n");
        }

        text.Append('\n');
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
