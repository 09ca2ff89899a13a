using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Checks;

/// <summary>A show-and-hide button whose part of the page does not appear and disappear with it.</summary>
internal static partial class Rules
{
    public static readonly Rule DisclosureState = Check("disclosure-state", Impact.Serious, "4.1.2",
        "This button says it shows and hides a part of the page (aria-expanded, aria-controls), but pressing Enter on it does not, or aria-expanded does not match what is shown.",
        "Confirm with a keyboard that Enter and Space show and hide the part, and that aria-expanded is \"true\" exactly when it is shown.", "name-role-value");
}

/// <summary>
/// Presses Enter on each visible show-and-hide button (at most <see cref="MaxWidgets"/> a page): a button or
/// role="button" with aria-expanded and aria-controls, not a submit button of a form and not for a dialog.
/// The part it controls counts as shown when it is visible and has height. A part that animates is given
/// half a second to settle. The button is pressed again afterwards, so the page is left as it was.
/// </summary>
internal static class DisclosureCheck
{
    private const int MaxWidgets = 6;

    private const string Setup = "(max) => {" + PageScripts.Helpers + """
          const shownOf = r => r.checkVisibility({ visibilityProperty: true }) && r.getBoundingClientRect().height > 0;
          const list = [...document.querySelectorAll('button[aria-expanded][aria-controls], [role=button][aria-expanded][aria-controls]')]
            .filter(b => !(b.localName === 'button' && b.type === 'submit' && b.form) && !b.matches('a[href], :disabled') && !b.closest('[inert]') && b.checkVisibility({ visibilityProperty: true }))
            .map(b => [b, document.getElementById(b.getAttribute('aria-controls').trim().split(/\s+/)[0])])
            .filter(([, r]) => r && !r.matches('dialog, [role=dialog], [role=alertdialog]')).slice(0, max);
          const state = i => { const [b, r] = list[i]; return { expanded: b.getAttribute('aria-expanded') === 'true', shown: shownOf(r), selector: gdSelector(b), html: gdHtml(b) }; };
          window.__govdesignWidgets = { list, state };
          return list.length;
        }
        """;

    private const string Focus = "(i) => { const w = window.__govdesignWidgets; w.list[i][0].focus(); return w.state(i); }";

    private const string Settle = """
        async ({ i, expanded, shown }) => {
          const w = window.__govdesignWidgets;
          let s = w.state(i);
          for (let frame = 0; frame < 30; frame++) {
            await new Promise(r => requestAnimationFrame(r));
            s = w.state(i);
            if ((s.expanded !== expanded || s.shown !== shown) && s.expanded === s.shown) break;
          }
          return s;
        }
        """;

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        var count = await page.EvaluateAsync<int>(Setup, MaxWidgets);
        var found = new List<AffectedNode>();
        for (var i = 0; i < count; i++)
        {
            var before = await PageJson.EvaluateAsync<State>(page, Focus, i);
            if (before.Expanded != before.Shown)
            {
                found.Add(before.Node($"aria-expanded is \"{Word(before.Expanded)}\" but the part it controls is {Shown(before.Shown)}."));
                continue;
            }

            await page.Keyboard.PressAsync("Enter");
            var after = await PageJson.EvaluateAsync<State>(page, Settle, new { i, expanded = before.Expanded, shown = before.Shown });
            if (after.Expanded == before.Expanded && after.Shown == before.Shown)
            {
                found.Add(before.Node($"Pressing Enter changes nothing: aria-expanded stays \"{Word(before.Expanded)}\" and the part stays {Shown(before.Shown)}."));
                continue;
            }

            if (after.Expanded != after.Shown)
            {
                found.Add(before.Node($"After Enter, aria-expanded is \"{Word(after.Expanded)}\" but the part it controls is {Shown(after.Shown)}."));
            }

            await page.Keyboard.PressAsync("Enter");
            await PageJson.EvaluateAsync<State>(page, Settle, new { i, expanded = after.Expanded, shown = after.Shown });
        }

        if (count > 0)
        {
            await page.EvaluateAsync(PageScripts.Blur);
        }

        return found.Count > 0 ? [Rules.DisclosureState.On(found)] : [];
    }

    private static string Word(bool expanded) => expanded ? "true" : "false";

    private static string Shown(bool shown) => shown ? "shown" : "hidden";

    private sealed class State
    {
        public bool Expanded { get; set; }

        public bool Shown { get; set; }

        public string Selector { get; set; } = "";

        public string Html { get; set; } = "";

        public AffectedNode Node(string summary) => new(Selector, Html, summary);
    }
}
