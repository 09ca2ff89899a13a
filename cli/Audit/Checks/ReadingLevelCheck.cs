namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// Reading level: the Flesch-Kincaid grade of a page's prose, on English pages only. No readability
/// library is in the NuGet registry this project uses, so the published formula is applied here, with
/// syllables counted by vowel groups (a silent final e dropped), which is close enough for a check.
/// </summary>
internal static partial class Rules
{
    /// <summary>The grade above which a page is raised: past the end of secondary school, far above plain English (grade 9 or below).</summary>
    public const double ReadingGradeLimit = 14;

    /// <summary>The prose a page needs before its grade means anything.</summary>
    public const int ReadingMinimumWords = 100;

    public static readonly Rule ReadingLevel = Check("reading-level", Impact.Moderate, "3.1.5",
        "The page's prose reads far above plain English (a Flesch-Kincaid grade above 14): long sentences of long words.",
        "Confirm that the people who use the page can follow it: use shorter sentences and everyday words, and put a summary first.", "reading-level");
}

/// <summary>The scan's part for <see cref="Rules.ReadingLevel"/>.</summary>
internal static partial class ScanScripts
{
    // Prose is the text of paragraphs, list items, definitions, quotes and cells in main (or the body) with
    // 10 words or more, leaving out code and parts in another language. Words with digits, dots, slashes or
    // capitals inside (code names, addresses) are not counted. Each passage ends at least one sentence.
    private const string ReadingLevelScript = """
          if (/^en(-|$)/i.test(document.documentElement.lang || '')) {
            const root = document.querySelector('main') || document.body;
            const english = e => /^en(-|$)/i.test(e.closest('[lang]')?.getAttribute('lang') || '');
            const passages = [...root.querySelectorAll('p, li, dd, blockquote, td')]
              .filter(e => !e.querySelector('p, li, dd, blockquote, td') && !inCode(e) && english(e) && shown(e));
            const vowels = w => { const v = w.toLowerCase().replace(/e$/, '').match(/[aeiouy]+/g); return Math.max(1, v ? v.length : 1); };
            let total = { words: 0, sentences: 0, syllables: 0 }, hardest = null;
            for (const p of passages) {
              const text = squash(p.textContent);
              const list = text.split(' ').map(w => w.replace(/^[("'“‘]+|[)"'”’,;:.!?]+$/gu, '')).filter(w => /^[\p{L}'’-]+$/u.test(w) && !/\p{Lu}/u.test(w.slice(1)));
              if (list.length < 10) continue;
              const sentences = Math.max(1, (text.match(/[.!?](\s|$)/g) || []).length);
              const syllables = list.reduce((n, w) => n + vowels(w), 0);
              total = { words: total.words + list.length, sentences: total.sentences + sentences, syllables: total.syllables + syllables };
              const grade = 0.39 * list.length / sentences + 11.8 * syllables / list.length - 15.59;
              if (!hardest || grade > hardest.grade) hardest = { p, grade };
            }
            const grade = 0.39 * total.words / total.sentences + 11.8 * total.syllables / total.words - 15.59;
            if (total.words >= arg.readingWords && grade > arg.readingGrade)
              add('reading-level', root, 'Flesch-Kincaid grade ' + grade.toFixed(1) + ' over ' + total.words + ' words in ' + total.sentences + ' sentences; the hardest passage starts "' + squash(hardest.p.textContent).slice(0, 60) + '".');
          }
        """;
}
