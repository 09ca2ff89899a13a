using GovDesign.Cli.Audit.Checks;
using GovDesign.Tests;

namespace GovDesign.Cli.Tests;

/// <summary>The audit's guidance page lists every one of GovDesign's checks with its impact and criterion, as the rule itself has them.</summary>
public sealed class AuditGuidanceTests
{
    public static TheoryData<string> CheckIds() => [.. Rules.Checks.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void ChecksTable_ListsTheCheckWithItsImpactAndCriterion(string id)
    {
        var rule = Rules.Checks[id];
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Guidance, "accessibility", "audit.md"));

        var row = Assert.Single(lines, l => l.StartsWith($"| `{id}` |", StringComparison.Ordinal));

        Assert.StartsWith($"| `{id}` | {rule.Impact.ToString().ToLowerInvariant()} | {rule.Criterion} |", row, StringComparison.Ordinal);
    }
}
