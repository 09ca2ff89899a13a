namespace GovDesign.Cli.Audit.Checks;

/// <summary>A GovDesign rule: what it checks and how to put a failure right, in the shape axe gives its own.</summary>
internal sealed record Rule(string Id, Impact Impact, string Criterion, string Description, string Help, string Understanding, Level Level = Level.Fail)
{
    /// <summary>The W3C's explanation of the success criterion, where the fix is discussed at length.</summary>
    public string HelpUrl => $"https://www.w3.org/WAI/WCAG22/Understanding/{Understanding}.html";

    /// <summary>This rule broken at these elements.</summary>
    public Violation On(IReadOnlyList<AffectedNode> nodes) =>
        new(Id, "govdesign", Impact, Description, Help, HelpUrl, [Criterion], nodes) { Level = Level };
}

/// <summary>Every rule GovDesign adds to axe that fails a page; the checks are in Rules.Checks.cs.</summary>
internal static partial class Rules
{
    public static readonly Rule Title = new("govdesign-title", Impact.Serious, "2.4.2",
        "The page has no title.",
        "Give every page a title that says what the page is for, then the service's name.", "page-titled");

    public static readonly Rule TitleUnique = new("govdesign-title-unique", Impact.Moderate, "2.4.2",
        "Another audited page has the same title.",
        "Make each page's title say what is different about that page, so people can tell tabs and history entries apart.", "page-titled");

    public static readonly Rule KeyboardReach = new("govdesign-keyboard-reach", Impact.Serious, "2.1.1",
        "Pressing Tab never reaches this interactive element.",
        "Let the keyboard reach every control: use a real link, button or form field, and do not take it out of the tab order.", "keyboard");

    public static readonly Rule KeyboardTrap = new("govdesign-keyboard-trap", Impact.Critical, "2.1.2",
        "Focus gets stuck here: pressing Tab does not move on.",
        "Let Tab and Shift+Tab move focus out of every element; never cancel the Tab key or send focus back.", "no-keyboard-trap");

    public static readonly Rule FocusOrder = new("govdesign-focus-order", Impact.Moderate, "2.4.3",
        "Tab reaches this element out of the order of the page.",
        "Keep the source order the reading order and remove positive tabindex values.", "focus-order");

    public static readonly Rule FocusVisible = new("govdesign-focus-visible", Impact.Serious, "2.4.7",
        "This element looks the same with keyboard focus as without it.",
        "Give every focusable element a clear focus style (outline, box-shadow or colour change); never remove the outline without a replacement.", "focus-visible");

    public static readonly Rule Reflow = new("govdesign-reflow", Impact.Serious, "1.4.10",
        "At 320 CSS pixels wide the page scrolls sideways.",
        "Let content wrap and shrink to the window: avoid fixed widths, let long words and tables wrap or scroll on their own.", "reflow");

    public static readonly Rule TextSpacing = new("govdesign-text-spacing", Impact.Serious, "1.4.12",
        "With wider text spacing (line height 1.5, letter 0.12em, word 0.16em, paragraph 2em) text is cut off.",
        "Do not fix the height or width of boxes holding text with overflow hidden; let them grow with their text.", "text-spacing");

    public static readonly Rule ErrorLinked = new("govdesign-error-linked", Impact.Serious, "1.3.1",
        "This error message is not tied to its field.",
        "Give the message an id and add it to the field's aria-describedby, so screen readers read it with the field.", "info-and-relationships");

    public static readonly Rule ErrorListed = new("govdesign-error-summary", Impact.Serious, "3.3.1",
        "This error is not listed in an error summary at the top of the page.",
        "Put an error summary at the top of the page with a link to each field that has an error.", "error-identification");

    public static readonly Rule ErrorSummaryFocus = new("govdesign-error-summary-focus", Impact.Moderate, "3.3.1",
        "The error summary does not have focus when the page loads.",
        "Move focus to the error summary on load (govuk-frontend's error summary script does this), so people hear that there are errors.", "error-identification");
}
