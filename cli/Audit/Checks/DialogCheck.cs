using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Checks;

/// <summary>A dialog that does not give focus back to what opened it once it closes.</summary>
internal static partial class Rules
{
    public static readonly Rule DialogReturnFocus = Check("dialog-return-focus", Impact.Serious, "2.4.3",
        "When this dialog closes, focus does not go back to the button that opened it (or the keyboard cannot close it).",
        "Confirm with a keyboard: Escape or the dialog's close button closes it, and focus returns to what opened it, so people carry on where they were.", "focus-order");
}

/// <summary>
/// Opens each dialog a visible button opens (at most <see cref="MaxDialogs"/> a page) with the keyboard, as a
/// person would: a button, or role="button" that is not a link, with aria-haspopup="dialog", or whose
/// aria-controls or commandfor names a dialog (a <c>dialog</c>, or role dialog or alertdialog) not shown yet.
/// Once the dialog shows, focus must be inside it (<see cref="Rules.DialogFocus"/>); then Escape, or failing
/// that Enter on its close button, must close it and put focus back on the opener
/// (<see cref="Rules.DialogReturnFocus"/>). Each step is given half a second to settle.
/// </summary>
internal static class DialogCheck
{
    private const int MaxDialogs = 3;

    private const string Setup = "(max) => {" + PageScripts.Helpers + """
          const dialogs = 'dialog, [role=dialog], [role=alertdialog]';
          const shownOf = d => d.checkVisibility({ visibilityProperty: true }) && d.getBoundingClientRect().height > 0;
          const target = o => { const id = o.getAttribute('commandfor') || (o.getAttribute('aria-controls') || '').trim().split(/\s+/)[0]; const t = id && document.getElementById(id); return t && t.matches(dialogs) ? t : null; };
          const list = [...document.querySelectorAll('button, [role=button]')]
            .filter(o => !o.matches('a[href], :disabled') && !(o.localName === 'button' && o.type === 'submit' && o.form) && !o.closest('[inert], ' + dialogs) && o.checkVisibility({ visibilityProperty: true }))
            .map(o => [o, target(o)]).filter(([o, d]) => d ? !shownOf(d) : o.getAttribute('aria-haspopup') === 'dialog').slice(0, max);
          const open = i => list[i][1] && shownOf(list[i][1]) ? list[i][1] : [...document.querySelectorAll(dialogs)].find(shownOf);
          const state = i => {
            const d = open(i), a = document.activeElement, [o] = list[i];
            return { open: !!d, inside: !!d && d.contains(a), back: a === o, focus: a && a !== document.body ? gdSelector(a) : 'the page itself',
                     selector: gdSelector(d || o), html: gdHtml(d || o), opener: gdSelector(o) };
          };
          const close = i => { const d = open(i); const b = d && [...d.querySelectorAll('button, [role=button]')].find(b => /close|cancel|dismiss|done|×|✕|cau|canslo|đóng|hủy/i.test(b.textContent + ' ' + (b.getAttribute('aria-label') || ''))); if (b) b.focus(); return !!b; };
          window.__govdesignDialogs = { list, state, close };
          return list.length;
        }
        """;

    private const string Focus = "(i) => { window.__govdesignDialogs.list[i][0].focus(); }";

    private const string Close = "(i) => window.__govdesignDialogs.close(i)";

    /// <summary>Waits, a frame at a time for up to 30 frames, until the dialog is open with focus inside (<c>open</c> true) or closed (false).</summary>
    private const string Settle = """
        async ({ i, open }) => {
          const g = window.__govdesignDialogs;
          let s = g.state(i);
          for (let frame = 0; frame < 30 && !(open ? s.open && s.inside : !s.open); frame++) {
            await new Promise(r => requestAnimationFrame(r));
            s = g.state(i);
          }
          return s;
        }
        """;

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        var count = await page.EvaluateAsync<int>(Setup, MaxDialogs);
        var unfocused = new List<AffectedNode>();
        var unreturned = new List<AffectedNode>();
        for (var i = 0; i < count; i++)
        {
            await page.EvaluateAsync(Focus, i);
            await page.Keyboard.PressAsync("Enter");
            var opened = await PageJson.EvaluateAsync<State>(page, Settle, new { i, open = true });
            if (!opened.Open)
            {
                continue; // it did not open: nothing to say about its focus
            }

            if (!opened.Inside)
            {
                unfocused.Add(opened.Node($"Opened by {opened.Opener} with Enter; focus stayed on {opened.Focus}."));
            }

            await page.Keyboard.PressAsync("Escape");
            var closed = await PageJson.EvaluateAsync<State>(page, Settle, new { i, open = false });
            if (closed.Open && await page.EvaluateAsync<bool>(Close, i))
            {
                await page.Keyboard.PressAsync("Enter");
                closed = await PageJson.EvaluateAsync<State>(page, Settle, new { i, open = false });
            }

            if (closed.Open)
            {
                unreturned.Add(opened.Node("Neither Escape nor a close button in it closes it."));
                break; // an open dialog may cover the other openers
            }

            if (!closed.Back)
            {
                unreturned.Add(opened.Node($"After it closed, focus was on {closed.Focus}, not on {opened.Opener}, which opened it."));
            }
        }

        if (count > 0)
        {
            await page.EvaluateAsync(PageScripts.Blur);
        }

        return [.. unfocused.Count > 0 ? [Rules.DialogFocus.On(unfocused)] : Array.Empty<Violation>(),
            .. unreturned.Count > 0 ? [Rules.DialogReturnFocus.On(unreturned)] : Array.Empty<Violation>()];
    }

    private sealed class State
    {
        public bool Open { get; set; }

        public bool Inside { get; set; }

        public bool Back { get; set; }

        public string Focus { get; set; } = "";

        public string Selector { get; set; } = "";

        public string Html { get; set; } = "";

        public string Opener { get; set; } = "";

        public AffectedNode Node(string summary) => new(Selector, Html, summary);
    }
}
