namespace GovDesign.Cli.Tests;

/// <summary>
/// Pages for the checks of reading level, language within one script, abbreviations, show-and-hide
/// buttons, dialogs and the HTML source, each raising its check and nothing else, and a clean page with a
/// well-made example of each that raises nothing. Served with <see cref="ProblemPages"/>.
/// </summary>
internal static class TextWidgetMarkupPages
{
    private const string Plain = "You can fish in most rivers and lakes once you have a licence. It costs less if you are over 65 or have a disability. Buy it online and you can fish the same day. Keep it with you when you fish, on paper or on your phone. A bailiff may ask to see it.";

    private const string Dense = "Notwithstanding the aforementioned provisions, applicants whose circumstances necessitate consideration of exceptional discretionary arrangements must substantiate their eligibility through comprehensive documentary evidence demonstrating continuous habitual residence, accompanied by authenticated declarations regarding the beneficial ownership of associated commercial undertakings and contingent financial liabilities.";

    private const string Toggle = """
        <button type="button" aria-expanded="false" aria-controls="hours" id="toggle">Show the opening hours</button>
        <div id="hours" hidden><p>Monday to Friday, 9am to 5pm.</p></div>
        """;

    private const string Help = """
        <button type="button" aria-haspopup="dialog" aria-controls="help" id="open-help">Get help with your licence</button>
        <div role="dialog" id="help" aria-label="Help with your licence" hidden><p>Call us on 0300 123 4567.</p><button type="button" id="close-help">Close</button></div>
        """;

    /// <summary>The dialog's script: opening moves focus in and closing gives it back unless the page says otherwise.</summary>
    private static string HelpScript(bool focusIn, bool focusBack) => $$"""
        <script>
          const opener = document.getElementById('open-help'), dialog = document.getElementById('help'), closer = document.getElementById('close-help');
          const shut = () => { dialog.hidden = true; {{(focusBack ? "opener.focus();" : "")}} };
          opener.addEventListener('click', () => { dialog.hidden = false; {{(focusIn ? "closer.focus();" : "")}} });
          closer.addEventListener('click', shut);
          document.addEventListener('keydown', e => { if (e.key === 'Escape' && !dialog.hidden) shut(); });
        </script>
        """;

    /// <summary>Path, then the rule ids the audit should report there, a check marked " (check)".</summary>
    public static readonly Dictionary<string, string[]> Expected = new()
    {
        ["/check/clean-text-widgets"] = [],
        ["/check/reading-level"] = ["govdesign-reading-level (check)"],
        ["/check/language-words"] = ["govdesign-language-words (check)"],
        ["/check/abbreviation"] = ["govdesign-abbreviation (check)"],
        ["/check/disclosure"] = ["govdesign-disclosure-state (check)"],
        ["/check/dialog-opened"] = ["govdesign-dialog-focus (check)"],
        ["/check/dialog-return"] = ["govdesign-dialog-return-focus (check)"],
        ["/check/markup-nesting"] = ["govdesign-markup-nesting (check)"],
    };

    public static readonly Dictionary<string, string> Html = new()
    {
        ["/check/clean-text-widgets"] = ProblemPages.Page("Fishing licences", $$"""
            <p>{{Plain}}</p><p>{{Plain}}</p><p>{{Plain}}</p>
            <p>Tell the Driver and Vehicle Licensing Agency (DVLA) if you move house. The DVLA will send you a new licence,
               and <abbr title="HM Revenue and Customs">HMRC</abbr> does not need to know. Prices are shown in the UK in pounds.</p>
            <p>The French for the words on the sign by the lake, <span lang="fr">pêche interdite le dimanche</span>, is that you may not fish there on Sundays.</p>
            <div>{{Toggle}}</div>
            <script>
              const toggle = document.getElementById('toggle');
              toggle.addEventListener('click', () => { const open = toggle.getAttribute('aria-expanded') !== 'true'; toggle.setAttribute('aria-expanded', String(open)); document.getElementById('hours').hidden = !open; });
            </script>
            <div>{{Help}}</div>
            {{HelpScript(focusIn: true, focusBack: true)}}
            """),
        ["/check/reading-level"] = ProblemPages.Page("Exceptional arrangements", $"<p>{Dense}</p><p>{Dense}</p><p>{Dense}</p>"),
        ["/check/language-words"] = ProblemPages.Page("Opening of applications", """
            <p>Applications open on the first working day of each month.</p>
            <p>Les demandes sont ouvertes le premier jour ouvrable de chaque mois et vous recevrez une réponse dans les dix jours.</p>
            """),
        ["/check/abbreviation"] = ProblemPages.Page("Moving house", "<p>Tell the DVLA if you change your address.</p>"),
        ["/check/disclosure"] = ProblemPages.Page("Opening hours", Toggle + """
            <script>
              const toggle = document.getElementById('toggle');
              toggle.addEventListener('click', () => toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true')));
            </script>
            """),
        ["/check/dialog-opened"] = ProblemPages.Page("Help that keeps focus outside", Help + HelpScript(focusIn: false, focusBack: true)),
        ["/check/dialog-return"] = ProblemPages.Page("Help that loses focus", Help + HelpScript(focusIn: true, focusBack: false)),
        ["/check/markup-nesting"] = ProblemPages.Page("Stray end tag", "<div><p>Bring your licence.</p></div></div>"),
    };
}
