namespace GovDesign.Cli.Audit.Forms;

/// <summary>One page state the walker audited.</summary>
/// <param name="Language">The language the runner showed it in.</param>
/// <param name="Page">The form page's path, or <c>start</c>, <c>check-answers</c>, <c>confirmation</c>.</param>
/// <param name="State"><c>page</c> as first shown, <c>error-empty</c>, <c>error-invalid</c> or <c>error-add-another</c>.</param>
/// <param name="Label">How the reports name it: the address, with the state after a #.</param>
internal sealed record AuditedState(string Language, string Page, string State, string Label);

/// <summary>What walking a form found.</summary>
/// <param name="Audit">Every audited page state, as <c>govdesign audit</c> reports pages.</param>
/// <param name="VisitedPages">The definition's page paths the browser reached, over every walk and language.</param>
/// <param name="States">The page states audited.</param>
/// <param name="Walks">How many walks were made per language.</param>
/// <param name="ConditionGoals">Both outcomes of every condition site (<c>"&lt;page&gt; showIf true"</c> ...).</param>
/// <param name="ConditionsTaken">The outcomes the walks in the browser took, measured on the paths they really followed.</param>
/// <param name="Problems">Where the walk did not go as planned (a refused valid answer, a different path).</param>
internal sealed record FormWalkResult(
    AuditResult Audit,
    IReadOnlySet<string> VisitedPages,
    IReadOnlyList<AuditedState> States,
    int Walks,
    IReadOnlySet<string> ConditionGoals,
    IReadOnlySet<string> ConditionsTaken,
    IReadOnlyList<string> Problems)
{
    /// <summary>Condition outcomes no walk took.</summary>
    public IEnumerable<string> ConditionsMissed => ConditionGoals.Except(ConditionsTaken).Order(StringComparer.Ordinal);
}
