namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// axe's best-practice rules, which axe ties to no success criterion, run as checks: each is mapped here to
/// the criterion it helps meet, so that reports can group it with the rest. A best-practice rule missing
/// from the map (a newer axe) is still reported, with no criterion.
/// </summary>
internal static class BestPractice
{
    /// <summary>The axe tag of the rules run as checks.</summary>
    public const string Tag = "best-practice";

    /// <summary>Rules about a whole page, left out with <c>--fragments</c>: a component example has no h1 and needs no landmarks of its own.</summary>
    public static readonly IReadOnlyList<string> WholePageRules = ["page-has-heading-one", "landmark-one-main"];

    /// <summary>
    /// Rules about a document's outline and landmarks, run on the page's own document without its frames:
    /// axe otherwise joins the headings and landmarks of embedded documents (example frames, say) with the
    /// page's, and reports an h1 in a frame as breaking the page's heading order.
    /// </summary>
    public static readonly IReadOnlyList<string> OutlineRules =
        ["heading-order", "landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main", "page-has-heading-one", "landmark-one-main"];

    /// <summary>
    /// Best-practice rules not run. axe's <c>region</c> wants every piece of content in a landmark, but
    /// govuk-frontend's page template puts the phase banner and the back link before <c>main</c> on purpose
    /// (a back link belongs above the content it leads away from), so it would raise a check on every page
    /// of a service built as the template intends.
    /// </summary>
    public static readonly IReadOnlyList<string> NotRun = ["region"];

    private static readonly Dictionary<string, string> Criteria = new()
    {
        ["accesskeys"] = "2.1.1",
        ["aria-allowed-role"] = "4.1.2",
        ["aria-dialog-name"] = "4.1.2",
        ["aria-text"] = "4.1.2",
        ["aria-treeitem-name"] = "4.1.2",
        ["empty-heading"] = "2.4.6",
        ["empty-table-header"] = "1.3.1",
        ["frame-tested"] = "4.1.2",
        ["heading-order"] = "1.3.1",
        ["image-redundant-alt"] = "1.1.1",
        ["label-title-only"] = "3.3.2",
        ["landmark-banner-is-top-level"] = "1.3.1",
        ["landmark-complementary-is-top-level"] = "1.3.1",
        ["landmark-contentinfo-is-top-level"] = "1.3.1",
        ["landmark-main-is-top-level"] = "1.3.1",
        ["landmark-no-duplicate-banner"] = "1.3.1",
        ["landmark-no-duplicate-contentinfo"] = "1.3.1",
        ["landmark-no-duplicate-main"] = "1.3.1",
        ["landmark-one-main"] = "1.3.1",
        ["landmark-unique"] = "1.3.1",
        ["meta-viewport-large"] = "1.4.4",
        ["page-has-heading-one"] = "1.3.1",
        ["presentation-role-conflict"] = "4.1.2",
        ["scope-attr-valid"] = "1.3.1",
        ["skip-link"] = "2.4.1",
        ["tabindex"] = "2.4.3",
        ["table-duplicate-name"] = "1.3.1",
    };

    /// <summary>The criterion a best-practice rule supports, as a one-item list, or none.</summary>
    public static IReadOnlyList<string> CriteriaOf(string ruleId) => Criteria.TryGetValue(ruleId, out var c) ? [c] : [];

    /// <summary>Every best-practice rule mapped (the guidance lists them).</summary>
    public static IReadOnlyDictionary<string, string> Mapped => Criteria;
}
