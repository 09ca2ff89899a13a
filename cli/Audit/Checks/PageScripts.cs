namespace GovDesign.Cli.Audit.Checks;

/// <summary>JavaScript the checks run in the page; every function starts with the shared helpers.</summary>
internal static class PageScripts
{
    /// <summary>A selector that finds an element (its id when unique, else a path of :nth-of-type steps) and its opening tag.</summary>
    internal const string Helpers = """
        const gdSelector = (e) => {
          const parts = [];
          while (e && e.nodeType === 1 && e !== document.documentElement) {
            if (e.id && document.querySelectorAll('#' + CSS.escape(e.id)).length === 1) { parts.unshift('#' + CSS.escape(e.id)); break; }
            let step = e.localName;
            const same = e.parentElement ? [...e.parentElement.children].filter(c => c.localName === e.localName) : [];
            if (same.length > 1) step += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
            parts.unshift(step);
            e = e.parentElement;
          }
          return parts.join(' > ') || 'html';
        };
        const gdHtml = (e) => { const h = e.outerHTML; const end = h.indexOf('>'); const open = end < 0 ? h : h.slice(0, end + 1); return open.length > 300 ? open.slice(0, 297) + '...' : open; };
        const gdNode = (e, summary) => ({ selector: gdSelector(e), html: gdHtml(e), summary: summary || null });
        """;

    /// <summary>The document title and the page's links (the crawl keeps the same-origin ones).</summary>
    public const string Overview = """
        () => {
          return {
            title: document.title,
            links: [...document.querySelectorAll('a[href]')].map(l => l.href).filter(h => h.startsWith('http')),
          };
        }
        """;

    /// <summary>Error messages not tied to a field, not listed in the error summary, and the summary's focus.</summary>
    public const string FormErrors = "() => {" + Helpers + """
          const out = { unlinked: [], unlisted: [], noSummary: false, summaryUnfocused: null };
          const messages = [...document.querySelectorAll('.govuk-error-message')].filter(m => m.checkVisibility() && !m.closest('[aria-hidden="true"]'));
          const summary = [...document.querySelectorAll('.govuk-error-summary')].find(s => s.checkVisibility()) || null;
          const targets = summary ? [...summary.querySelectorAll('a[href^="#"]')].map(l => document.getElementById(decodeURIComponent(l.getAttribute('href').slice(1)))).filter(t => t) : [];
          for (const m of messages) {
            const field = m.id ? document.querySelector('[aria-describedby~="' + CSS.escape(m.id) + '"]') : null;
            if (!field) { out.unlinked.push(gdNode(m, 'No field names this message in aria-describedby.')); continue; }
            const group = m.closest('.govuk-form-group') || field;
            if (!targets.some(t => t === field || field.contains(t) || group.contains(t))) out.unlisted.push(gdNode(m));
          }
          if (messages.length > 0 && !summary) out.noSummary = true;
          const a = document.activeElement;
          if (summary && !(a === summary || summary.contains(a))) out.summaryUnfocused = gdNode(summary, 'Focus after load was on ' + (a && a !== document.body ? gdSelector(a) : 'the page itself') + '.');
          return out;
        }
        """;

    /// <summary>
    /// Lists the elements that Tab should reach, and the look of each before it has focus, and starts
    /// recording what Tab presses do; says whether the recording sees every press (no frame from another origin).
    /// </summary>
    public const string KeyboardSetup = "() => {" + Helpers + """
          const query = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';
          const els = [...document.querySelectorAll(query)].filter(e => !e.disabled && e.tabIndex >= 0 && !e.closest('[inert]')
            && e.checkVisibility({ visibilityProperty: true }) && !(e.localName === 'summary' && e.parentElement?.localName !== 'details'));
          const look = (e) => {
            const parts = [];
            for (const [el, pseudo] of [[e, null], [e, '::before'], [e, '::after'], [e.nextElementSibling, null], [e.nextElementSibling, '::before'], [e.nextElementSibling, '::after'], [e.parentElement, null]]) {
              if (!el) continue;
              const s = el.ownerDocument.defaultView.getComputedStyle(el, pseudo);
              const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset].join(' ');
              const border = s.borderBottomStyle === 'none' ? 'none' : [s.borderTopColor, s.borderBottomColor, s.borderBottomWidth].join(' ');
              parts.push(outline, border, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine, s.textDecorationThickness);
            }
            return parts.join('|');
          };
          const before = els.map(look);
          // The look of each element in a same-origin frame before the walk: focus arriving in a frame is judged
          // by the element inside it that took focus, as an element of the page is by its own look.
          const framed = new WeakMap();
          const stop = (a, inner) => {
            const i = els.indexOf(a);
            const r = a.getBoundingClientRect();
            const changed = i >= 0 && (framed.has(inner) ? look(inner) !== framed.get(inner) : look(a) !== before[i]);
            return { index: i, selector: gdSelector(a), html: gdHtml(a), changed, frame: a.localName === 'iframe',
                     x: r.x, y: r.y, width: r.width, height: r.height };
          };
          // When a script moved focus on load (an error summary does), start from the top of the page all the
          // same: focus a stand-in at the start of the body and remove it, which leaves Tab's starting point there.
          if (document.activeElement && document.activeElement !== document.body) {
            const start = document.createElement('span');
            start.tabIndex = -1;
            document.body.prepend(start);
            start.focus({ preventScroll: true });
            start.remove();
          }
          // What each Tab press did, recorded as it happens, so that presses can be sent in a batch and the page
          // asked once afterwards: a press in this document is "key"; focus arriving is a stop, with the element
          // as it looks then; focus leaving the document is "left". A press inside a frame reaches only the
          // frame, so each frame's document reports focus arriving in it (in an element, or in the frame's
          // window when it has none) as a stop on its frame element, which also ends the press that entered
          // it. A frame from another origin cannot be listened to: then the walk asks the page after each press.
          const g = window.__govdesign = { els, stop, events: [], last: null };
          const log = (event) => window.__govdesign.events.push(event);
          const listen = (doc, frame) => {
            if (doc.__govdesignSeesAll === undefined) {
              if (!frame) {
                doc.defaultView.addEventListener('keydown', e => { if (e.key === 'Tab' && e.isTrusted) log({ key: true }); }, true);
                doc.addEventListener('focusout', e => { if (!e.relatedTarget) log({ left: true }); }, true);
              }
              if (frame) {
                doc.querySelectorAll(query).forEach(e => framed.set(e, look(e)));
                const arrived = (e) => log({ stop: window.__govdesign.stop(frame, e.target), frame: true });
                doc.addEventListener('focusin', arrived, true);
                doc.defaultView.addEventListener('focus', arrived, true);
              } else {
                doc.addEventListener('focusin', e => log({ stop: window.__govdesign.stop(e.target) }), true);
              }
              doc.__govdesignSeesAll = [...doc.querySelectorAll('iframe')]
                .map(f => { try { return f.contentDocument ? listen(f.contentDocument, frame || f) : false; } catch { return false; } })
                .every(seen => seen);
            }
            return doc.__govdesignSeesAll;
          };
          const batched = listen(document, null);
          return { batched, focusables: els.map(e => ({ selector: gdSelector(e), html: gdHtml(e), radioGroup: e.localName === 'input' && e.type === 'radio' && e.name ? e.name : null })) };
        }
        """;

    /// <summary>
    /// The stops of the Tab presses since the last call, in order: for each press in the page, where focus
    /// went (the last element to get it; the page itself, index -2, when it left; unchanged when it stayed),
    /// and each element focus reached from inside a frame.
    /// </summary>
    public const string KeyboardStops = """
        () => {
          const g = window.__govdesign;
          const stops = [];
          let open = false, outcome = null;
          const settle = (s) => { stops.push(s); g.last = s; };
          const close = () => { if (open) settle(outcome ?? g.last ?? { index: -2 }); open = false; outcome = null; };
          for (const e of g.events.splice(0)) {
            if (e.key) { close(); open = true; }
            else if (open && e.frame) { outcome = e.stop; close(); }
            else if (open) outcome = e.left ? { index: -2 } : e.stop;
            else settle(e.left ? { index: -2 } : e.stop);
          }
          close();
          return stops;
        }
        """;

    /// <summary>Where focus is now: the page itself (index -2) or an element, as <see cref="KeyboardStops"/> gives it.</summary>
    public const string KeyboardStop = """
        () => {
          const a = document.activeElement;
          return !a || a === document.body || a === document.documentElement ? { index: -2 } : window.__govdesign.stop(a);
        }
        """;

    /// <summary>Focuses the listed element <c>i</c>, or with -1 the start of the page, so that the next Tab goes on from there.</summary>
    public const string KeyboardFocus = """
        (i) => {
          const e = window.__govdesign.els[i];
          if (e) { e.focus(); return; }
          const start = document.createElement('span');
          start.tabIndex = -1;
          document.body.prepend(start);
          start.focus({ preventScroll: true });
          start.remove();
        }
        """;

    /// <summary>Removes focus from the focused element: to compare how it looks without, and to leave nothing focused.</summary>
    public const string Blur = "() => document.activeElement?.blur()";

    /// <summary>Empties the page's local and session storage, so that the next page audited in the same browser context starts clean.</summary>
    public const string ForgetStorage = "() => { try { localStorage.clear(); sessionStorage.clear(); } catch { } }";

    /// <summary>Elements whose text is cut off once the WCAG 1.4.12 spacing applies, and was not before.</summary>
    public const string TextSpacing = "() => {" + Helpers + """
          const hides = v => v === 'hidden' || v === 'clip';
          const clipped = () => [...document.body.querySelectorAll('*')].filter(e => {
            const s = getComputedStyle(e);
            if (!hides(s.overflowX) && !hides(s.overflowY)) return false;
            if (e.clientWidth <= 2 || e.clientHeight <= 2 || !e.textContent.trim()) return false;
            return (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1) || (hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1);
          });
          const before = new Set(clipped());
          const style = document.createElement('style');
          style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
          document.head.appendChild(style);
          const after = clipped().filter(e => !before.has(e)).slice(0, 20).map(e => gdNode(e, 'Content overflows by ' + Math.max(e.scrollHeight - e.clientHeight, e.scrollWidth - e.clientWidth) + 'px and is hidden.'));
          style.remove();
          return after;
        }
        """;

    /// <summary>At the current (320px) viewport: whether the page scrolls sideways and the outermost elements that stick out.</summary>
    public const string Reflow = "() => {" + Helpers + """
          const root = document.scrollingElement || document.documentElement;
          const width = root.clientWidth;
          if (root.scrollWidth <= width + 1) return [];
          const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; } return false; };
          const wide = [...document.body.querySelectorAll('*')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 1 && r.right > width + 1 && !scrolls(e); });
          const outermost = wide.filter(e => !wide.includes(e.parentElement)).slice(0, 10);
          const nodes = outermost.map(e => gdNode(e, 'Reaches ' + Math.round(e.getBoundingClientRect().right) + 'px across a ' + width + 'px wide window.'));
          return nodes.length > 0 ? nodes : [gdNode(document.documentElement, 'The page is ' + root.scrollWidth + 'px wide in a ' + width + 'px wide window.')];
        }
        """;

    /// <summary>Outlines the elements a report shows, before the screenshot.</summary>
    public const string Outline = """
        (selectors) => {
          for (const s of selectors) {
            try { for (const e of document.querySelectorAll(s)) { e.style.setProperty('outline', '4px dashed #d4351c', 'important'); e.style.setProperty('outline-offset', '2px', 'important'); } } catch { }
          }
        }
        """;
}
