namespace GovDesign.Cli.Tests;

/// <summary>
/// Pages with one known problem each, the rules the audit must report for them and nothing else,
/// and clean pages that must report nothing. Every page is plain, valid HTML with its own styles.
/// </summary>
internal static class ProblemPages
{
    private const string Css = """
        body { font-family: Arial, sans-serif; font-size: 19px; line-height: 1.3; color: #0b0c0c; background: #fff; margin: 0 auto; max-width: 40em; padding: 0 15px; }
        a { color: #1d70b8; }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
        .error-summary { border: 5px solid #d4351c; padding: 15px; }
        .govuk-error-message { color: #d4351c; font-weight: bold; margin: 0; }
        label { display: block; }
        """;

    /// <summary>Path, then the rules the audit should report there (empty for a clean page), checks marked " (check)"; with <see cref="CheckPages"/>.</summary>
    public static readonly Dictionary<string, string[]> Expected = new Dictionary<string, string[]>
    {
        ["/clean"] = [],
        ["/clean-form-errors"] = [],
        ["/missing-label"] = ["label"],
        ["/low-contrast"] = ["color-contrast"],
        ["/keyboard-trap"] = ["govdesign-keyboard-trap"],
        ["/invisible-focus"] = ["govdesign-focus-visible"],
        ["/frame-focus"] = [],
        ["/frame-invisible-focus"] = ["govdesign-focus-visible"],
        ["/focus-order"] = ["govdesign-focus-order", "tabindex (check)"],
        ["/wide"] = ["govdesign-reflow"],
        ["/clipped-text"] = ["govdesign-text-spacing"],
        ["/duplicate-title-1"] = ["govdesign-title-unique"],
        ["/duplicate-title-2"] = ["govdesign-title-unique"],
        ["/no-title"] = ["document-title", "govdesign-title"],
        ["/unlinked-error"] = ["govdesign-error-linked"],
        ["/error-not-in-summary"] = ["govdesign-error-summary"],
        ["/summary-not-focused"] = ["govdesign-error-summary-focus"],
        ["/axe/outline-and-contrast"] = ["color-contrast", "heading-order (check)"],
        ["/axe/framed-outline"] = ["color-contrast"],
        ["/frames/late-script"] = ["aria-allowed-attr"],
    }.Concat(CheckPages.Expected).Concat(TextWidgetMarkupPages.Expected).ToDictionary();

    public static readonly Dictionary<string, string> Html = new Dictionary<string, string>
    {
        ["/clean"] = Page("A clean page", """
            <p>This page has a <a href="/clean-form-errors">link to a form with errors</a>.</p>
            <label for="name">Full name</label><input id="name" name="name" autocomplete="name">
            <button type="submit">Continue</button>
            """),
        ["/clean-form-errors"] = Page("Error: what is your name", ErrorSummary(focused: true) + """
            <div class="form-group"><label for="name">Full name</label>
            <p id="name-error" class="govuk-error-message">Enter your full name</p>
            <input id="name" name="name" aria-describedby="name-error" autocomplete="name"></div>
            <button type="submit">Continue</button>
            """),
        ["/missing-label"] = Page("Missing label", """<p>Your name</p><input id="name" name="name" type="text">"""),
        ["/low-contrast"] = Page("Low contrast", """<p style="color: #aaaaaa">This text is too pale to read easily.</p>"""),
        ["/keyboard-trap"] = Page("Keyboard trap", """
            <label for="first">First</label><input id="first">
            <label for="trap">Trapped</label><input id="trap">
            <button type="button">After the trap</button>
            <script>document.getElementById('trap').addEventListener('keydown', e => { if (e.key === 'Tab') e.preventDefault(); });</script>
            """),
        ["/invisible-focus"] = Page("Invisible focus", """
            <style>a.quiet:focus, a.quiet:focus-visible { outline: none; box-shadow: none; }</style>
            <p><a class="quiet" href="/clean">Read about the service</a></p>
            """),
        ["/frame-focus"] = Page("Focus in a frame", Framed("")),
        ["/frame-invisible-focus"] = Page("Invisible focus in a frame", Framed("a:focus, a:focus-visible { outline: none; box-shadow: none; }")),
        ["/focus-order"] = Page("Focus order", """
            <p><a href="/clean">First in the page</a></p>
            <p><a href="/clean-form-errors" tabindex="1">Second in the page, first for Tab</a></p>
            """),
        ["/wide"] = Page("Wide content", """<div style="width: 700px">This box is 700 pixels wide whatever the window.</div>"""),
        ["/clipped-text"] = Page("Clipped text", """
            <div style="max-width: 25em; height: 1.35em; line-height: 1.2; overflow: hidden">A line that fits today</div>
            """),
        ["/duplicate-title-1"] = Page("Apply for a licence", "<p>The first of two pages with this title.</p>"),
        ["/duplicate-title-2"] = Page("Apply for a licence", "<p>The second of two pages with this title.</p>"),
        ["/no-title"] = Page("", "<p>This page has an empty title.</p>"),
        ["/unlinked-error"] = Page("Error: unlinked message", ErrorSummary(focused: true) + """
            <label for="name">Full name</label>
            <p id="name-error" class="govuk-error-message">Enter your full name</p>
            <input id="name" name="name" autocomplete="name">
            """),
        ["/error-not-in-summary"] = Page("Error: no summary", """
            <label for="name">Full name</label>
            <p id="name-error" class="govuk-error-message">Enter your full name</p>
            <input id="name" name="name" aria-describedby="name-error" autocomplete="name">
            """),
        ["/summary-not-focused"] = Page("Error: summary left unfocused", ErrorSummary(focused: false) + """
            <label for="name">Full name</label>
            <p id="name-error" class="govuk-error-message">Enter your full name</p>
            <input id="name" name="name" aria-describedby="name-error" autocomplete="name">
            """),
        ["/axe/outline-and-contrast"] = Page("Outline and contrast", """
            <h3>A heading two levels down</h3>
            <p style="color: #aaaaaa">This text is too pale to read easily.</p>
            """),
        ["/axe/framed-outline"] = Page("A frame with its own outline", $"""
            <p>The fees are shown below.</p>
            <iframe title="Fees" style="width: 100%; height: 12em; border: 0" srcdoc="{System.Net.WebUtility.HtmlEncode($"<!DOCTYPE html><html lang=\"en\"><head><title>Fees</title><style>{Css}</style></head><body><h4>Fees</h4><p style=\"color: #aaaaaa\">There is no fee.</p><p><a href=\"/clean\">See the fees</a></p></body></html>")}"></iframe>
            """),
        ["/frames/late-script"] = Page("A frame whose script finishes late", """
            <p>The contact choices are shown below.</p>
            <iframe title="Contact" style="width: 100%; height: 12em; border: 0" src="/frames/late-script-content"></iframe>
            """),

        // As govuk-frontend's radios script would, but 1.5 seconds after the frame has loaded: the aria-expanded it
        // adds to a radio is the finding, so an audit that does not wait for the script finds nothing.
        ["/frames/late-script-content"] = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Contact</title></head>
            <body><script>document.body.className = 'govuk-frontend-supported';</script>
            <main><fieldset data-module="govuk-radios"><legend>How should we contact you?</legend>
            <input type="radio" id="email" name="contact" value="email"><label for="email">Email</label>
            <input type="radio" id="phone" name="contact" value="phone"><label for="phone">Phone</label>
            </fieldset></main>
            <script>setTimeout(() => {
              document.getElementById('email').setAttribute('aria-expanded', 'false');
              document.querySelector('[data-module]').setAttribute('data-govuk-radios-init', '');
            }, 1500);</script>
            </body>
            </html>
            """,
        ["/state/leave"] = Page("Leaves state behind", """
            <p>This page sets a cookie and stores a value, as a cookie banner might once accepted.</p>
            <script>document.cookie = 'left=1; path=/'; localStorage.setItem('left', '1'); sessionStorage.setItem('left', '1');</script>
            """),
        ["/state/show"] = Page("Shows state left behind", """
            <p>An unlabelled box appears here when an earlier page's cookie or storage is still there.</p>
            <script>
              if (document.cookie.includes('left=') || localStorage.getItem('left') || sessionStorage.getItem('left'))
                document.write('<input id="leftover" type="text">');
            </script>
            """),
        ["/state/warn-on-leave"] = Page("Warns on leaving", """
            <p>This page asks the browser to confirm before anyone leaves it.</p>
            <p><label for="note">Note</label><input id="note" name="note"></p>
            <script>addEventListener('beforeunload', e => { e.preventDefault(); e.returnValue = ''; });</script>
            """),
        ["/crawl/0"] = Page("Crawl start", """<ul><li><a href="/crawl/1">One</a></li><li><a href="/crawl/2#part">Two</a></li><li><a href="http://example.invalid/elsewhere">Elsewhere</a></li></ul>"""),
        ["/crawl/1"] = Page("Crawl one", """<p><a href="/crawl/3">Three</a></p>"""),
        ["/crawl/2"] = Page("Crawl two", """<p><a href="/crawl/0">Back to the start</a></p>"""),
        ["/crawl/3"] = Page("Crawl three", """<p><a href="/crawl/4">Four</a></p>"""),
        ["/crawl/4"] = Page("Crawl four", "<p>The end.</p>"),
    }.Concat(CheckPages.Html).Concat(TextWidgetMarkupPages.Html).ToDictionary();

    /// <summary>A paragraph with a link, then a same-origin frame (srcdoc) holding a link styled by <paramref name="css"/> after the page's own styles.</summary>
    private static string Framed(string css) => $"""
        <p><a href="/clean">Read about the service</a></p>
        <iframe title="Fees" style="width: 100%; height: 6em; border: 0" srcdoc="{System.Net.WebUtility.HtmlEncode($"<!DOCTYPE html><html lang=\"en\"><head><title>Fees</title><style>{Css} {css}</style></head><body><main><p><a href=\"/clean\">See the fees</a></p></main></body></html>")}"></iframe>
        """;

    public static string ErrorSummary(bool focused) => $"""
        <div class="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
          <h2 id="summary-title">There is a problem</h2>
          <ul><li><a href="#name">Enter your full name</a></li></ul>
        </div>
        {(focused ? "<script>document.querySelector('.error-summary').focus();</script>" : "")}
        """.Replace("error-summary\"", "error-summary govuk-error-summary\"", StringComparison.Ordinal);

    public static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><style>{Css}</style></head>
        <body><main><h1>{(title.Length > 0 ? title : "Untitled")}</h1>
        {body}
        </main></body>
        </html>
        """;
}
