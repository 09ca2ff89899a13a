namespace GovDesign.Cli.Tests;

/// <summary>
/// Pages that each trigger GovDesign's checks or axe's best-practice rules (reported as checks, " (check)"
/// after the rule id), and a clean page full of well-made links, forms, images, tables and text that must
/// report nothing at either level. Served with <see cref="ProblemPages"/>.
/// </summary>
internal static class CheckPages
{
    private const string Gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH/C05FVFNDQVBFMi4wAwEAAAAh+QQALAEAACwAAAAAAQABAAACAkQBACH5BAAsAQAALAAAAAABAAEAAAICRAEAOw==";
    private const string Svg = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Crect width='40' height='40' fill='%231d70b8'/%3E%3C/svg%3E";
    private const string Long = "Applications open on the first working day of each month and close at noon on the last, and every application is read by a caseworker who writes back within ten working days to say what happens next and what it costs.";

    /// <summary>Path, then the rule ids the audit should report there, a check marked " (check)".</summary>
    public static readonly Dictionary<string, string[]> Expected = new()
    {
        ["/check/clean"] = [],
        ["/check/link-vague"] = ["govdesign-link-vague (check)"],
        ["/check/link-same-text"] = ["govdesign-link-same-text (check)"],
        ["/check/link-adjacent"] = ["govdesign-link-adjacent (check)"],
        ["/check/link-new-window"] = ["govdesign-link-new-window (check)"],
        ["/check/link-document"] = ["govdesign-link-document (check)"],
        ["/check/link-script"] = ["govdesign-link-script (check)"],
        ["/check/link-media"] = ["govdesign-link-media-transcript (check)"],
        ["/check/link-title"] = ["govdesign-link-title-redundant (check)"],
        ["/check/form-group"] = ["govdesign-form-group-fieldset (check)"],
        ["/check/form-legend"] = ["govdesign-form-legend-empty (check)"],
        ["/check/form-placeholder"] = ["govdesign-form-placeholder-label (check)"],
        ["/check/form-label-orphan"] = ["govdesign-form-label-orphan (check)"],
        ["/check/form-label-twice"] = ["govdesign-form-label-twice (check)"],
        ["/check/form-label-repeated"] = ["govdesign-form-label-repeated (check)"],
        ["/check/form-error-colour"] = ["govdesign-form-error-colour (check)"],
        ["/check/form-error-suggestion"] = ["govdesign-form-error-suggestion (check)"],
        ["/check/image-file-name"] = ["govdesign-image-alt-file-name (check)"],
        ["/check/image-alt-title"] = ["govdesign-image-alt-title (check)"],
        ["/check/image-empty-alt-title"] = ["govdesign-image-empty-alt-title (check)"],
        ["/check/image-animated"] = ["govdesign-image-animated (check)"],
        ["/check/image-background"] = ["govdesign-image-background (check)"],
        ["/check/text-small"] = ["govdesign-text-small (check)"],
        ["/check/text-capitals"] = ["govdesign-text-capitals (check)"],
        ["/check/text-italic"] = ["govdesign-text-italic (check)"],
        ["/check/text-justified"] = ["govdesign-text-justified (check)"],
        ["/check/language-of-parts"] = ["govdesign-language-of-parts (check)"],
        ["/check/language-direction"] = ["govdesign-language-direction (check)"],
        ["/check/keyboard-click-only"] = ["govdesign-keyboard-click-only (check)"],
        ["/check/keyboard-no-keys"] = ["govdesign-keyboard-no-keys (check)"],
        ["/check/dialog-focus"] = ["govdesign-dialog-focus (check)"],
        ["/check/accesskey"] = ["govdesign-accesskey (check)"],
        ["/check/table-nested"] = ["govdesign-table-nested (check)"],
        ["/check/table-caption"] = ["govdesign-table-caption (check)"],
        ["/check/presentational"] = ["govdesign-presentational-markup (check)"],
        ["/check/moving-text"] = ["govdesign-moving-text (check)", "marquee"],
        ["/check/media-autoplay"] = ["govdesign-media-autoplay (check)"],
        ["/check/duplicate-id"] = ["govdesign-duplicate-id (check)"],
        ["/check/heading-order"] = ["heading-order (check)"],
        ["/check/empty-heading"] = ["empty-heading (check)"],
        ["/check/no-h1"] = ["page-has-heading-one (check)"],
    };

    public static readonly Dictionary<string, string> Html = new()
    {
        ["/check/clean"] = ProblemPages.Page("Apply for a fishing licence", $"""
            <p><a href="/clean">Read the guidance on fees</a>. <a href="/files/fees.pdf">Fees for 2027 (PDF, 120 KB)</a>.
               <a href="/clean-form-errors" target="_blank">Report a problem (opens in new tab)</a>.</p>
            <p><a href="/media/talk.mp3">Listen to the talk (MP3, 2 MB)</a> or <a href="/clean">read its transcript</a>.</p>
            <p><img src="{Svg}" alt="The licence card, blue with a fish on it"> <img src="{Svg}" alt=""></p>
            <form action="/clean">
              <fieldset><legend>Where will you fish?</legend>
                <input type="radio" id="where-river" name="where" value="river"><label for="where-river">In a river</label>
                <input type="radio" id="where-lake" name="where" value="lake"><label for="where-lake">In a lake</label>
              </fieldset>
              <fieldset><legend>Your address</legend><label for="line1">Address line 1</label><input id="line1" name="line1" autocomplete="address-line1"></fieldset>
              <fieldset><legend>Your agent's address</legend><label for="agent1">Address line 1</label><input id="agent1" name="agent1"></fieldset>
              <button type="submit">Continue</button>
            </form>
            <div class="before" tabindex="-1"><h2>Before you start</h2><p>Your boat's registration looks like CU57 ABC.</p></div>
            <script>document.querySelector('.before').addEventListener('click', e => e.target.closest('a')?.focus());</script>
            <h2>Prices</h2>
            <table><caption>Prices for a year</caption><tr><th scope="col">Licence</th><th scope="col">Price</th></tr><tr><td>Adult</td><td>£30</td></tr></table>
            <p>{Long}</p>
            <p>The word for welcome in Ukrainian is <span lang="uk">Ласкаво просимо</span> and in Arabic <span lang="ar" dir="rtl">أهلا وسهلا</span>.</p>
            <details><summary>Help with this form</summary><p>Call us on 0300 123 4567.</p></details>
            """),
        ["/check/link-vague"] = ProblemPages.Page("Vague link", """<p>Fees are set each year. <a href="/clean">Read more</a></p>"""),

        // The same page where a govuk-frontend fixture's example would be, for AcceptTests' entries of the kind "fixture" (audited with --fragments, as the site's examples are, so the shared title is no finding).
        ["/examples/fixtures/demo/vague-link"] = ProblemPages.Page("Vague link", """<p>Fees are set each year. <a href="/clean">Read more</a></p>"""),
        ["/check/link-same-text"] = ProblemPages.Page("Same link text", """<ul><li><a href="/clean">Guidance</a></li><li><a href="/clean-form-errors">Guidance</a></li></ul>"""),
        ["/check/link-adjacent"] = ProblemPages.Page("Adjacent links", $"""<p><a href="/clean"><img src="{Svg}" alt="Fee calculator"></a> <a href="/clean">Work out your fee</a></p>"""),
        ["/check/link-new-window"] = ProblemPages.Page("New window", """<p><a href="/clean" target="_blank">Read the guidance on fees</a></p>"""),
        ["/check/link-document"] = ProblemPages.Page("Document link", """<p><a href="/files/report.pdf">Annual report 2026</a></p>"""),
        ["/check/link-script"] = ProblemPages.Page("Script link", """
            <p><a href="#" id="go">Show the opening hours</a></p>
            <script>document.getElementById('go').addEventListener('click', e => e.preventDefault());</script>
            """),
        ["/check/link-media"] = ProblemPages.Page("Media link", """<p><a href="/media/interview.mp3">Listen to the interview (MP3, 2 MB)</a></p>"""),
        ["/check/link-title"] = ProblemPages.Page("Link title", """<p><a href="/clean" title="Fees and charges">Fees and charges</a></p>"""),
        ["/check/form-group"] = ProblemPages.Page("Radios alone", """
            <p>Where will you fish?</p>
            <input type="radio" id="r1" name="where" value="river"><label for="r1">In a river</label>
            <input type="radio" id="r2" name="where" value="lake"><label for="r2">In a lake</label>
            """),
        ["/check/form-legend"] = ProblemPages.Page("Empty legend", """<fieldset><legend></legend><label for="town">Town</label><input id="town" name="town"></fieldset>"""),
        ["/check/form-placeholder"] = ProblemPages.Page("Placeholder label", """<input id="email" name="email" type="email" placeholder="Email address">"""),
        ["/check/form-label-orphan"] = ProblemPages.Page("Orphan label", """<label for="nowhere">Phone</label><label for="phone">Phone number</label><input id="phone" name="phone" type="tel" autocomplete="tel">"""),
        ["/check/form-label-twice"] = ProblemPages.Page("Two labels", """<label for="name">Name</label><label for="name">Full name</label><input id="name" name="name" autocomplete="name">"""),
        ["/check/form-label-repeated"] = ProblemPages.Page("Repeated label", """<label for="a">Name</label><input id="a" name="a"><label for="b">Name</label><input id="b" name="b">"""),
        ["/check/form-error-colour"] = ProblemPages.Page("Colour alone", """<label for="town">Town</label><input id="town" name="town" aria-invalid="true" style="border: 2px solid #d4351c">"""),
        ["/check/form-error-suggestion"] = ProblemPages.Page("Error: bare error", ProblemPages.ErrorSummary(focused: true) + """
            <div><label for="name">Full name</label>
            <p id="name-error" class="govuk-error-message">Invalid input</p>
            <input id="name" name="name" aria-describedby="name-error" autocomplete="name"></div>
            """),
        ["/check/image-file-name"] = ProblemPages.Page("File name alt", $"""<p><img src="{Svg}" alt="IMG_0423.jpg"></p>"""),
        ["/check/image-alt-title"] = ProblemPages.Page("Alt and title", $"""<p><img src="{Svg}" alt="A map of the fishing area" title="Car parks"></p>"""),
        ["/check/image-empty-alt-title"] = ProblemPages.Page("Empty alt with title", $"""<p><img src="{Svg}" alt="" title="Opening hours"></p>"""),
        ["/check/image-animated"] = ProblemPages.Page("Animated image", $"""<p><img src="{Gif}" alt="Fish swimming" width="40" height="40"></p>"""),
        ["/check/image-background"] = ProblemPages.Page("Background image", $"""<div style="width: 200px; height: 60px; background-image: url(&quot;{Svg}&quot;)"></div>"""),
        ["/check/text-small"] = ProblemPages.Page("Small text", """<p style="font-size: 10px">Terms apply to every licence.</p>"""),
        ["/check/text-capitals"] = ProblemPages.Page("Capitals", """<p>YOU MUST CARRY YOUR LICENCE WITH YOU WHENEVER YOU FISH IN ANY RIVER OR LAKE.</p>"""),
        ["/check/text-italic"] = ProblemPages.Page("Italics", $"""<p style="font-style: italic">{Long}</p>"""),
        ["/check/text-justified"] = ProblemPages.Page("Justified", $"""<p style="text-align: justify">{Long}</p>"""),
        ["/check/language-of-parts"] = ProblemPages.Page("Language of parts", """<p>Ласкаво просимо до служби рибальських ліцензій</p>"""),
        ["/check/language-direction"] = ProblemPages.Page("Direction", """<p lang="ar">أهلا وسهلا بكم في الخدمة</p>"""),
        ["/check/keyboard-click-only"] = ProblemPages.Page("Click only", """<div onclick="location.href = '/clean'">See the fees</div>"""),
        ["/check/keyboard-no-keys"] = ProblemPages.Page("No keys", """
            <div role="button" tabindex="0" id="show">Show the fees</div>
            <script>document.getElementById('show').addEventListener('click', () => document.title = 'Shown');</script>
            """),
        ["/check/dialog-focus"] = ProblemPages.Page("Dialog", """<div role="dialog" aria-label="Cookies"><p>We use cookies to make the service work.</p><button type="button">Accept cookies</button></div>"""),
        ["/check/accesskey"] = ProblemPages.Page("Access key", """<p><a href="/clean" accesskey="f">Read the guidance on fees</a></p>"""),
        ["/check/table-nested"] = ProblemPages.Page("Nested tables", """
            <table><caption>Licences</caption><tr><th scope="col">Licence</th><th scope="col">Prices</th></tr>
            <tr><td>Adult</td><td><table><caption>Adult prices</caption><tr><th scope="col">Length</th><th scope="col">Price</th></tr><tr><td>1 year</td><td>£30</td></tr></table></td></tr></table>
            """),
        ["/check/table-caption"] = ProblemPages.Page("Two tables", """
            <table><tr><th scope="col">Licence</th><th scope="col">Price</th></tr><tr><td>Adult</td><td>£30</td></tr></table>
            <table><tr><th scope="col">Water</th><th scope="col">Season</th></tr><tr><td>River</td><td>June to March</td></tr></table>
            """),
        ["/check/presentational"] = ProblemPages.Page("Old markup", """<center>Opening times: 9am to 5pm</center>"""),
        ["/check/moving-text"] = ProblemPages.Page("Moving text", """<marquee>The service closes on Friday</marquee>"""),
        ["/check/media-autoplay"] = ProblemPages.Page("Autoplay", """<audio autoplay controls src="/media/welcome.mp3"></audio><p><a href="/clean">Read the transcript</a></p>"""),
        ["/check/duplicate-id"] = ProblemPages.Page("Duplicate id", """<p id="note">Bring your licence.</p><p id="note">Bring a photo.</p>"""),
        ["/check/heading-order"] = ProblemPages.Page("Heading order", """<h3>Fees</h3><p>Fees are set each year.</p>"""),
        ["/check/empty-heading"] = ProblemPages.Page("Empty heading", """<h2></h2><p>Fees are set each year.</p>"""),
        ["/check/no-h1"] = ProblemPages.Page("No main heading", "<p>This page has no main heading.</p>").Replace("<h1>No main heading</h1>", "", StringComparison.Ordinal),
    };
}
