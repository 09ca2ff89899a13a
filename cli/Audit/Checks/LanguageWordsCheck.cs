namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// A passage in another language of the same script (French on an English page) with no lang of its own.
/// SearchPioneer.Lingua, the detector the registry serves, was measured here and is too heavy for an audit
/// (72 MB of models in the tool; 1.2 s to load 20 languages in its low-accuracy mode and about 2 ms a
/// passage, or 20 s and 1.2 GB preloaded), so this is a small heuristic of its own: the share of each
/// language's commonest short words (articles, prepositions, pronouns) in the passage.
/// </summary>
internal static partial class Rules
{
    public static readonly Rule LanguageWords = Check("language-words", Impact.Serious, "3.1.2",
        "This passage reads as another language than the one it is marked with (French on an English page, say): most of its common words are that language's.",
        "Confirm the passage's language and mark it with a lang attribute, for example <p lang=\"fr\">, so screen readers pronounce it.", "language-of-parts");
}

/// <summary>The scan's part for <see cref="Rules.LanguageWords"/>.</summary>
internal static partial class ScanScripts
{
    // A passage is the text of a block (paragraph, list item, cell, heading, quote) less its code and less
    // any part with a lang of its own. One of 8 words or more is raised when a fifth of its words, 3 different
    // ones at least, are the commonest words of another language, and twice as many as of its own language's.
    private const string LanguageWordsScript = """
          const common = {
            en: 'a i the of and to in is are you your that it for on with as be this by at or from have not will can if we an was they which has their must do what when our may',
            cy: 'yr y yn a ac o i ar ei eu eich chi mae bod am gan neu hyn ond fel gyda ni nid wedi sy sydd hefyd os pan fod ydych yw oes rhaid byddwch gallwch ein mewn',
            vi: 'và của là có các những được trong cho không này một người với để khi đã sẽ từ bạn tôi chúng về như nếu hoặc thì ở ra vào theo cũng đến nhưng',
            fr: 'le la les de des du et est un une en que qui pour dans pas sur au aux vous nous il elle ce cette avec par ne se sont votre vos plus ou mais être si leur',
            de: 'der die das und ist nicht ein eine zu den dem des mit sich auf für von sie es ich wir ihr sind im auch werden wird bei nach oder aber wenn dass als noch kann haben',
            es: 'el la los las de y que en un una es por con para no se del al lo su sus como más pero o este esta son usted puede le',
            it: 'il lo la gli le di e che è un una per non con del della dei nel sono si da al alla come più ma anche questo',
            pt: 'o a os as de e que do da dos das em um uma é para com não no na por se mais ao como mas ou você seu sua',
            nl: 'de het een en van is dat in te op niet met voor zijn die er aan ook als bij of u uw wordt worden maar naar om kan',
            pl: 'i w z na się nie do to że jest o jak po ale co od za przez dla są tak może lub już jego jej',
          };
          const sets = Object.fromEntries(Object.entries(common).map(([k, v]) => [k, new Set(v.split(' '))]));
          const names = new Intl.DisplayNames(['en'], { type: 'language' });
          const blocks = new Set([...holders].map(e => e.closest('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, legend, label') || e));
          for (const b of blocks) {
            const own = (b.closest('[lang]')?.getAttribute('lang') || '').toLowerCase().split('-')[0];
            if (!sets[own] || inCode(b) || !shown(b)) continue;
            let text = '';
            const walk = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.parentElement.closest('[lang]') === b.closest('[lang]') && !inCode(n.parentElement)) text += ' ' + n.data;
            const list = squash(text).normalize('NFC').toLowerCase().split(' ').map(w => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(w => w);
            if (list.length < 8) continue;
            const score = k => list.filter(w => sets[k].has(w)).length;
            const distinct = k => new Set(list.filter(w => sets[k].has(w))).size;
            const mine = score(own);
            const [best, hits] = Object.keys(sets).filter(k => k !== own).map(k => [k, score(k)]).sort((x, y) => y[1] - x[1])[0];
            if (distinct(best) >= 3 && hits >= list.length / 5 && hits >= 2 * mine)
              add('language-words', b, 'Reads as ' + names.of(best) + ' (' + hits + ' of its ' + list.length + ' words are common ' + names.of(best) + ' words, ' + mine + ' common ' + names.of(own) + ' ones); marked ' + names.of(own) + '.');
          }
        """;
}
