namespace GovDesign.Cli.Audit.Checks;

/// <summary>The scan's parts for images, text, language, keyboard and structure (see <see cref="Rules.Checks"/>).</summary>
internal static partial class ScanScripts
{
    private const string Content = """
          for (const img of document.querySelectorAll('img')) {
            const alt = img.getAttribute('alt'), title = squash(img.getAttribute('title'));
            if (alt && (/^\S+\.(png|jpe?g|gif|svg|webp|bmp|tiff?|avif)$/i.test(alt.trim()) || /^(img|image|dsc|dscn|pic|photo|screenshot|untitled)[-_ ]?\d*$/i.test(alt.trim()))) add('image-alt-file-name', img, 'alt="' + alt + '".');
            if (squash(alt) && title && squash(alt).toLowerCase() !== title.toLowerCase()) add('image-alt-title', img, 'alt "' + alt + '", title "' + title + '".');
            if (alt === '' && title) add('image-empty-alt-title', img, 'title="' + title + '".');
          }
          // Animated GIFs: add up the frame delays (1/100 s, 0 played as 1/10 s) and read the loop count.
          for (const img of [...document.querySelectorAll('img')].filter(i => /\.gif($|\?)|^data:image\/gif/i.test(i.currentSrc || i.src))) {
            try {
              const b = new Uint8Array(await (await fetch(img.currentSrc || img.src)).arrayBuffer());
              let frames = 0, ms = 0, loops = 1;
              for (let i = 0; i + 7 < b.length; i++) {
                if (b[i] === 0x21 && b[i + 1] === 0xF9 && b[i + 2] === 0x04) { frames++; const d = b[i + 4] | (b[i + 5] << 8); ms += (d < 2 ? 10 : d) * 10; }
                if (b[i] === 0x4E && String.fromCharCode(...b.slice(i, i + 11)) === 'NETSCAPE2.0' && b[i + 12] === 1) { const n = b[i + 13] | (b[i + 14] << 8); loops = n === 0 ? Infinity : n + 1; }
              }
              if (frames > 1 && ms * loops > 5000) add('image-animated', img, loops === Infinity ? 'Loops for ever.' : 'Plays for ' + Math.round(ms * loops / 100) / 10 + ' s.');
            } catch { }
          }
          const all = [...document.body.querySelectorAll('*')];
          for (const e of all) {
            const s = getComputedStyle(e);
            if (!/url\(/.test(s.backgroundImage) || squash(e.textContent) || e.querySelector('img, svg, input, select, textarea, button')) continue;
            const r = e.getBoundingClientRect();
            if (r.width >= 40 && r.height >= 20 && shown(e) && !e.closest('[aria-hidden=true], [role=presentation], [role=none]') && !nameOf(e)) add('image-background', e, 'Background ' + s.backgroundImage.slice(0, 80) + '.');
          }
          // Text: each element with text of its own, at its computed size, case, style and alignment.
          const expected = { ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', ps: 'Arabic', he: 'Hebrew', yi: 'Hebrew', ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', sr: 'Cyrillic', be: 'Cyrillic', mk: 'Cyrillic', kk: 'Cyrillic',
            el: 'Greek', zh: 'Han', ja: 'Japanese', ko: 'Hangul', hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari', bn: 'Bengali', pa: 'Gurmukhi', gu: 'Gujarati', ta: 'Tamil', te: 'Telugu', th: 'Thai', am: 'Ethiopic', ka: 'Georgian', hy: 'Armenian' };
          const scripts = ['Arabic', 'Hebrew', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Thai', 'Ethiopic', 'Georgian', 'Armenian'].map(n => [n, new RegExp('\\p{Script=' + n + '}', 'gu')]);
          const pageScript = expected[(document.documentElement.lang || 'en').toLowerCase().split('-')[0]] || 'Latin';
          const holders = new Set();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim() && n.parentElement) holders.add(n.parentElement);
          for (const e of holders) {
            if (inCode(e) || !shown(e)) continue;
            const s = getComputedStyle(e), text = ownText(e), r = e.getBoundingClientRect();
            if (r.width > 1 && r.height > 1 && parseFloat(s.fontSize) < 12 && /\p{L}/u.test(text)) add('text-small', e, 'Font size ' + s.fontSize + '.');
            const long = words(text) >= 30, letters = text.replace(/[^\p{L}]/gu, '');
            if (words(text) >= 8 && letters.length >= 40 && (s.textTransform === 'uppercase' || letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.9)) add('text-capitals', e);
            if (long && /italic|oblique/.test(s.fontStyle)) add('text-italic', e);
            if (long && s.textAlign === 'justify') add('text-justified', e);
            for (const [name, re] of scripts) {
              const found = (text.match(re) || []).length;
              if (found < 3 || name === pageScript || (pageScript === 'Japanese' && /Han|Hiragana|Katakana/.test(name)) || (pageScript === 'Han' && name === 'Han')) continue;
              if (e.closest('[lang]') === document.documentElement || !e.closest('[lang]')) add('language-of-parts', e, name + ' text on a page in ' + (document.documentElement.lang || 'no language') + '.');
              if ((name === 'Arabic' || name === 'Hebrew') && !e.closest('[dir]')) add('language-direction', e, name + ' text.');
            }
          }
        """;

    private const string Structure = """
          const native = 'a[href], area[href], button, input, select, textarea, summary, label, details, option, optgroup, iframe, audio[controls], video[controls], html, body';
          const focusable = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]';
          const keyed = e => { for (let p = e; p; p = p.parentElement) if (p.__gdEvents?.has('k') || p.onkeydown || p.onkeyup || p.onkeypress) return true; return !!(document.__gdEvents?.has('k') || window.__gdEvents?.has('k') || document.onkeydown || window.onkeydown); };
          for (const e of all) {
            const role = e.getAttribute('role');
            const acts = !!(e.onclick || e.__gdEvents?.has('c')) || /^(button|link|checkbox|switch|tab|menuitem|radio)$/.test(role || '');
            if (!acts || e.matches(native) || e.closest('[inert]') || e.querySelector(focusable) || !shown(e)) continue;
            // A click listener, without a role, on an element that holds a heading listens for what is inside it (an
            // error summary's links, say): a container, not a control.
            if (!role && e.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]')) continue;
            if (e.tabIndex < 0) add('keyboard-click-only', e, role ? 'role="' + role + '" with no tabindex.' : 'A click handler on an element the keyboard cannot reach.');
            else if (!keyed(e)) add('keyboard-no-keys', e, 'No keydown, keyup or keypress listener on it or around it.');
          }
          for (const d of document.querySelectorAll('[role=dialog], [role=alertdialog], dialog[open]')) if (shown(d) && d.getBoundingClientRect().height > 0 && !d.contains(document.activeElement)) add('dialog-focus', d, 'Focus is on ' + (document.activeElement === document.body ? 'the page itself' : gdSelector(document.activeElement)) + '.');
          for (const e of document.querySelectorAll('[accesskey]')) add('accesskey', e, 'accesskey="' + e.getAttribute('accesskey') + '".');
          for (const t of document.querySelectorAll('table table, th table')) add('table-nested', t);
          const dataTables = [...document.querySelectorAll('table')].filter(t => t.querySelector('th') && t.getAttribute('role') !== 'presentation');
          const section = headingBefore;
          for (const t of dataTables) {
            const mates = dataTables.filter(o => section(o) === section(t));
            if (mates.length > 1 && !squash(t.querySelector('caption')?.textContent) && !t.getAttribute('aria-label') && !byIds(t.getAttribute('aria-labelledby'))) add('table-caption', t, mates.length + ' tables under the same heading.');
          }
          for (const e of document.querySelectorAll('center, font, big, tt, strike, basefont')) add('presentational-markup', e);
          for (const e of document.querySelectorAll('marquee, blink')) add('moving-text', e);
          for (const m of document.querySelectorAll('audio, video')) if ((m.autoplay || !m.paused) && !m.muted) add('media-autoplay', m, m.autoplay ? 'autoplay, not muted.' : 'Playing with sound.');
          const ids = new Map();
          for (const e of document.querySelectorAll('[id]')) if (e.id) ids.set(e.id, (ids.get(e.id) || 0) + 1);
          for (const [id, count] of ids) if (count > 1) add('duplicate-id', document.querySelectorAll('#' + CSS.escape(id))[1], count + ' elements have id="' + id + '".');
        """;
}
