namespace GovDesign.Cli.Audit.Checks;

/// <summary>An abbreviation in capitals (DVLA, HMRC) whose first use on the page does not say what it stands for.</summary>
internal static partial class Rules
{
    /// <summary>
    /// Abbreviations most readers know (DU is the Welsh for UK), the short names of file formats, and the everyday names of web
    /// technology, which need no expansion (the guidance lists them).
    /// </summary>
    public static readonly IReadOnlyList<string> KnownAbbreviations =
    [
        "UK", "DU", "US", "USA", "EU", "UN", "NHS", "BBC", "VAT", "OK", "TV", "ID", "PIN", "AM", "PM", "FAQ", "ATM", "SMS", "MP", "GP", "PC", "DIY", "QR", "ISO",
        "KB", "MB", "GB", "TB", "CD", "DVD", "USB", "PDF", "CSV", "ZIP", "JPEG", "JPG", "PNG", "GIF", "HEIC", "SVG", "DOCX", "XLSX", "ODT", "ODS", "RTF",
        "HTML", "CSS", "JSON", "XML", "HTTP", "HTTPS", "URL", "API", "SDK", "UI",
    ];

    public static readonly Rule Abbreviation = Check("abbreviation", Impact.Minor, "3.1.4",
        "An abbreviation is used here for the first time on the page without saying what it stands for.",
        "Confirm that readers know it; if not, write it out in full at first use, with the short form after it in brackets, or mark it <abbr title=\"...\">.", "abbreviations");
}

/// <summary>The scan's part for <see cref="Rules.Abbreviation"/>.</summary>
internal static partial class ScanScripts
{
    // Words of 2 to 8 capitals (a plural s may follow; words with digits, such as postcodes, and words next to a word of
    // letters and digits, as in a registration number, are left out), in the prose of
    // main (or the body): not in code, headings, links, labels, buttons or table headers (short names, which
    // the prose explains), not part of a domain name (GOV.UK) or a hyphenated name (SHA-256), not between
    // quotation marks (a mention, not a use), not one letter repeated (AA, YYYY), not Roman numerals, not
    // in the known list and not a currency code (GBP, EUR: units, as MB is). A use is explained when
    // it is in an abbr with a title (or any abbr on the page gives it one), when words in brackets follow it,
    // or when it stands in brackets after the words it is made of (their initials, small words skipped; on
    // a page not in English, any words). Passages mostly in capitals are left to text-capitals.
    private const string AbbreviationScript = """
          {
            const known = new Set([...arg.knownAbbreviations, ...(Intl.supportedValuesOf?.('currency') || [])]);
            const titled = new Set([...document.querySelectorAll('abbr[title]')].filter(a => a.title.trim()).map(a => squash(a.textContent)));
            const english = /^en(-|$)/i.test(document.documentElement.lang || '');
            const small = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&', 'at', 'by']);
            const initials = w => (w[0] + w.slice(1).replace(/[^\p{Lu}]/gu, '')).toUpperCase();
            const madeOf = (short, before) => {
              const letters = short.replace(/s$/, '').replace(/[^A-Z0-9]/g, '');
              const list = before.split(/[\s\/-]+/).map(w => w.replace(/[^\p{L}&]/gu, '')).filter(w => w).slice(-(letters.length + 4));
              if (!english) return list.length >= 2;
              let i = letters.length;
              for (let j = list.length - 1; j >= 0 && i > 0; j--) {
                const ini = initials(list[j]);
                if (letters.slice(0, i).endsWith(ini)) i -= ini.length;
                else if (letters[i - 1] === ini[0]) i--;
                else if (!small.has(list[j].toLowerCase())) return false;
              }
              return i === 0;
            };
            const seen = new Set();
            const mixed = w => !!w && /\p{L}/u.test(w) && /\p{N}/u.test(w);
            const token = /(?<![\p{L}\p{N}.-])([A-Z][A-Z&]{1,7})(s?)(?![\p{L}\p{N}{_-]|\.\p{L})/gu;
            const root = document.querySelector('main') || document.body;
            const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              const e = n.parentElement;
              if (!e || inCode(e) || !/[A-Z]{2}/.test(n.data) || e.closest('a, nav, button, label, legend, caption, summary, th, h1, h2, h3, h4, h5, h6') || !shown(e)) continue;
              const letters = (e.textContent || '').replace(/[^\p{L}]/gu, '');
              if (letters.replace(/[^\p{Lu}]/gu, '').length > letters.length / 2) continue;
              for (const m of n.data.matchAll(token)) {
                const short = m[1];
                const after = n.data.slice(m.index + m[0].length), before = n.data.slice(0, m.index);
                const quoted = (before.match(/["“”]/g) || []).length % 2 === 1;
                // Next to a word of letters and digits it is part of a code (the ABC of the registration number CU57 ABC), not a word.
                const partOfCode = mixed(before.match(/([\p{L}\p{N}]+)\s$/u)?.[1]) || mixed(after.match(/^\s([\p{L}\p{N}]+)/u)?.[1]);
                if (seen.has(short) || quoted || partOfCode || !/[A-Z].*[A-Z]/.test(short) || /^(.)\1+$/.test(short) || /^[IVXLCDM]+$/.test(short) || known.has(short)) continue;
                seen.add(short);
                const inAbbr = e.closest('abbr[title]');
                const explained = inAbbr || titled.has(short) || /^\s*\((\s*[\p{L}'’-]+[\s,]+){1,}[\p{L}'’-]+\s*\)/u.test(after)
                  || (/\(\s*$/.test(before) && /^\s*\)/.test(after) && madeOf(short, before.replace(/\(\s*$/, '')));
                if (!explained) add('abbreviation', e, short + ' is not written out where it is first used.');
              }
            }
          }
        """;
}
