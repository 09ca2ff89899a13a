namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// The one-pass scan behind <see cref="Rules.Checks"/>: a single script run once per page returns, for each
/// check it found, the elements concerned (at most 20 a check). Parts: links and forms here; images, text,
/// language, keyboard and structure in ScanScripts.Content.cs.
/// </summary>
internal static partial class ScanScripts
{
    /// <summary>
    /// Loaded before the page's own scripts: notes on each element (and the document and window) the kinds
    /// of listener added to it, c for a click and k for a key, which the keyboard checks read.
    /// </summary>
    public const string ListenerHook = """
        (() => {
          const kinds = { click: 'c', mousedown: 'c', mouseup: 'c', pointerdown: 'c', pointerup: 'c', keydown: 'k', keyup: 'k', keypress: 'k' };
          const add = EventTarget.prototype.addEventListener;
          EventTarget.prototype.addEventListener = function (type, listener, options) {
            const kind = kinds[type];
            if (kind) { try { if (!this.__gdEvents) Object.defineProperty(this, '__gdEvents', { value: new Set() }); this.__gdEvents.add(kind); } catch { } }
            return add.call(this, type, listener, options);
          };
        })();
        """;

    /// <summary>
    /// The whole scan: an async function of <c>{ fragments, readingGrade, readingWords, knownAbbreviations }</c>
    /// (see <see cref="PageChecks.ScanAsync"/>) returning { ruleId: [nodes] }.
    /// </summary>
    public const string Scan = "async (arg) => {" + PageScripts.Helpers + Shared + Links + Forms + Content + Structure
        + ReadingLevelScript + LanguageWordsScript + AbbreviationScript + "for (const k in out) out[k] = out[k].map(({ el, ...n }) => n); return out; }";

    private const string Shared = """
          const out = {};
          const add = (rule, e, summary) => { const list = (out['govdesign-' + rule] ||= []); if (list.length < 20 && !list.some(n => n.el === e)) list.push({ el: e, ...gdNode(e, summary) }); };
          const shown = e => e.checkVisibility({ visibilityProperty: true });
          const squash = s => (s || '').replace(/\s+/g, ' ').trim();
          const textOf = n => { let t = ''; for (const c of n.childNodes) { if (c.nodeType === 3) t += c.data;
            else if (c.nodeType === 1 && c.getAttribute('aria-hidden') !== 'true') t += c.localName === 'img' ? ' ' + (c.getAttribute('alt') || '') + ' ' : textOf(c); } return t; };
          const byIds = v => squash((v || '').split(/\s+/).map(i => i && document.getElementById(i)?.textContent || '').join(' '));
          const nameOf = e => squash(e.getAttribute('aria-label')) || byIds(e.getAttribute('aria-labelledby')) || squash(textOf(e));
          const words = s => squash(s).split(' ').filter(w => /\p{L}/u.test(w)).length;
          const ownText = e => squash([...e.childNodes].filter(c => c.nodeType === 3).map(c => c.data).join(' '));
          const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
          const headingBefore = e => { let found = null; for (const h of headings) { if (h.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) found = h; else break; } return found; };
          const inCode = e => !!e.closest('code, pre, kbd, samp, script, style, noscript, template, textarea');
        """;

    private const string Links = """
          const links = [...document.querySelectorAll('a[href], area[href]')].filter(l => l.localName === 'area' || shown(l));
          const dest = l => { try { const u = new URL(l.href); if (u.hash === '#') u.hash = ''; return u.href; } catch { return l.getAttribute('href'); } };
          const vague = /^(click here|click|here|more|read more|more info|more information|find out more|learn more|this|this link|this page|go|continue reading)$/i;
          const seen = new Map();
          links.forEach((l, i) => {
            const name = nameOf(l), href = (l.getAttribute('href') || '').trim(), near = squash(l.parentElement?.textContent);
            const bare = name.replace(/[\s.,:;!?…]+$/u, '');
            if (name && (!bare || vague.test(bare))) add('link-vague', l, 'Link text: "' + name + '".');
            // Jumps within this page (a contents list) are left out: they name a section of the page, not another
            // page. Links count as the same only in the same context (WCAG's link context: the enclosing sentence
            // or list item and the heading above), which is all a person has to tell them apart.
            const local = dest(l).split('#')[0] === location.href.split('#')[0] && dest(l).includes('#');
            if (name && !local) {
              const key = name.toLowerCase() + '|' + squash(l.closest('p, li, td, th, dd')?.textContent).toLowerCase() + '|' + (headingBefore(l)?.textContent || '');
              const first = seen.get(key);
              if (!first) seen.set(key, l); else if (dest(first) !== dest(l)) add('link-same-text', l, 'Also the text of a link to ' + first.getAttribute('href') + '.');
            }
            const next = links[i + 1];
            const box = e => e.parentElement?.closest('p, li, td, dd, div, figure, article, section, header, nav, footer');
            if (next && l.localName === 'a' && next.localName === 'a' && !l.contains(next) && dest(next) === dest(l) && href !== '#' && box(l) === box(next)) {
              const r = document.createRange(); r.setStartAfter(l); r.setEndBefore(next);
              if (!squash(r.toString())) add('link-adjacent', next, 'Goes to ' + href + ', as the link just before it does.');
            }
            const told = squash(name + ' ' + byIds(l.getAttribute('aria-describedby')) + ' ' + (l.title || ''));
            if (l.target && !/^_(self|parent|top)$/i.test(l.target) && !/new (tab|window)|opens in|ffenestr newydd|tab newydd|cửa sổ mới|thẻ mới/i.test(told)) add('link-new-window', l, 'target="' + l.target + '".');
            let path = ''; try { path = new URL(l.href).pathname; } catch { }
            const doc = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip)$/i.exec(path);
            if (doc && !(/(pdf|word|excel|powerpoint|opendocument|odt|ods|odp|rtf|csv|zip|docx?|xlsx?|pptx?|spreadsheet)/i.test(told + ' ' + near) && /\d[\d.,]*\s?(bytes|[kmg]i?b)\b/i.test(told + ' ' + near)))
              add('link-document', l, 'A .' + doc[1].toLowerCase() + ' file; say its format and size.');
            if (/^javascript:/i.test(href) || (href === '#' && (l.onclick || l.__gdEvents?.has('c')))) add('link-script', l, href === '#' ? 'href="#" with a click handler.' : 'A javascript: address.');
            if (/\.(mp3|wav|ogg|oga|m4a|aac|flac|mp4|m4v|webm|mov|avi|mkv)$/i.test(path) || /(youtube\.com\/watch|youtu\.be\/|vimeo\.com\/\d)/i.test(l.href)) {
              const block = l.closest('li, p, td, dd, figure, section, article') || l.parentElement;
              if (!/transcript|trawsgrifiad|bản ghi/i.test((block?.parentElement || block)?.textContent || '')) add('link-media-transcript', l, 'No transcript is offered next to it.');
            }
            if (l.title && name && squash(l.title).toLowerCase() === name.toLowerCase()) add('link-title-redundant', l, 'title="' + l.title + '".');
          });
          for (const m of document.querySelectorAll('audio, video')) {
            const block = m.closest('li, p, td, dd, figure, section, article') || m.parentElement;
            if (!/transcript|trawsgrifiad|bản ghi/i.test((block?.parentElement || block)?.textContent || '')) add('link-media-transcript', m, 'No transcript is offered next to it.');
          }
        """;

    private const string Forms = """
          const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')];
          const groups = new Map();
          for (const c of controls.filter(c => c.type === 'radio' || c.type === 'checkbox')) if (c.name) { const k = (c.form?.id || '') + '|' + c.type + '|' + c.name; groups.set(k, [...(groups.get(k) || []), c]); }
          for (const g of groups.values()) {
            if (g.length < 2) continue;
            const fs = g[0].closest('fieldset'), role = g[0].closest('[role=radiogroup], [role=group]');
            const named = (fs && fs.querySelector(':scope > legend') && squash(fs.querySelector(':scope > legend').textContent)) || (role && nameOf(role));
            if (!named && !(fs && (fs.getAttribute('aria-label') || fs.getAttribute('aria-labelledby')))) add('form-group-fieldset', g[0], g.length + ' ' + g[0].type + 'es named ' + g[0].name + '.');
          }
          for (const l of document.querySelectorAll('fieldset > legend')) if (!squash(l.textContent)) add('form-legend-empty', l);
          const labelText = c => squash([...(c.labels || [])].map(l => l.textContent).join(' '));
          const named = c => labelText(c) || squash(c.getAttribute('aria-label')) || byIds(c.getAttribute('aria-labelledby')) || squash(c.title);
          for (const c of controls) if (squash(c.getAttribute('placeholder')) && !named(c) && shown(c)) add('form-placeholder-label', c, 'Placeholder: "' + c.getAttribute('placeholder') + '".');
          for (const l of document.querySelectorAll('label[for]')) if (l.htmlFor && !document.getElementById(l.htmlFor)) add('form-label-orphan', l, 'for="' + l.htmlFor + '".');
          for (const c of controls) if (c.labels && c.labels.length > 1) add('form-label-twice', c, c.labels.length + ' labels.');
          const labelled = new Map();
          for (const c of controls.filter(c => !/^(radio|checkbox|submit|button|reset|image)$/.test(c.type) && shown(c))) {
            const name = labelText(c) || squash(c.getAttribute('aria-label'));
            if (!name) continue;
            const key = name.toLowerCase() + '|' + squash(c.closest('fieldset')?.querySelector(':scope > legend')?.textContent).toLowerCase() + '|' + (c.form ? [...document.forms].indexOf(c.form) : -1);
            if (labelled.has(key)) add('form-label-repeated', c, 'Also the label of ' + gdSelector(labelled.get(key)) + ': "' + name + '".'); else labelled.set(key, c);
          }
          for (const c of controls.filter(shown)) {
            // An error class alone counts on whole pages only: a part of a page (a component example) may show a
            // field's error look while its message lives in a wrapper the example leaves out.
            const marked = c.getAttribute('aria-invalid') === 'true' || (!arg?.fragments && /(^|[-_\s])(error|invalid)($|[-_\s])/i.test(c.className));
            // The message may be tied to the group instead (a date's day, month and year share their fieldset's).
            const group = c.closest('fieldset, [role=group], [role=radiogroup]');
            const told = byIds(c.getAttribute('aria-describedby') + ' ' + (c.getAttribute('aria-errormessage') || '') + ' ' + (group?.getAttribute('aria-describedby') || ''));
            if (marked && !told && !/error|invalid|wrong/i.test(labelText(c))) add('form-error-colour', c);
          }
          const bareError = /^(error|invalid|incorrect|wrong|required|missing|not valid|bad input|invalid (input|value|entry|format|data|date|number|email|e-mail)|this field is (required|invalid)|field required|(the )?value is (invalid|incorrect)|please correct( this)?( field)?)$/i;
          const messages = new Set([...document.querySelectorAll('.govuk-error-message, .error-message, .field-error, .invalid-feedback')]);
          for (const c of controls) for (const id of (c.getAttribute('aria-errormessage') || '').split(/\s+/)) { const m = id && document.getElementById(id); if (m) messages.add(m); }
          for (const m of messages) { const text = squash(m.textContent).replace(/^(error|gwall|lỗi)\s*:\s*/i, '').replace(/[.!]+$/, ''); if (text && shown(m) && bareError.test(text)) add('form-error-suggestion', m, 'Message: "' + squash(m.textContent) + '".'); }
        """;
}
