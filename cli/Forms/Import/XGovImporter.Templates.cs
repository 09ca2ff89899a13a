using System.Text.RegularExpressions;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// XGov's template tags in a page title (<c>{{ HPT }}</c>, <c>{{ applicant.name }}</c>), which GovDesign's
/// loader would read as answer placeholders and refuse. A tag that names a question asked on another page
/// becomes a placeholder of that question, with the tag's words as its fallback; any other tag is written as
/// its words, without braces.
/// </summary>
internal sealed partial class XGovImporter
{
    private static string Untemplated(string heading, SourcePage page, IEnumerable<SourcePage> pages)
    {
        if (!heading.Contains("{{", StringComparison.Ordinal))
        {
            return heading;
        }

        var questions = pages.Where(p => p != page && !p.Repeats).SelectMany(p => p.Questions.Concat(p.Revealed)).ToList();
        var written = TemplateTag().Replace(heading, m =>
        {
            var expression = m.Groups[1].Value.Trim();
            var name = expression.Contains('.', StringComparison.Ordinal) ? expression[(expression.LastIndexOf('.') + 1)..] : expression;
            var words = new string([.. expression.Where(c => c is not ('"' or '{' or '}' or '\n'))]);
            return questions.Find(q => q.SourceName == expression || q.SourceName == name) is { } question
                ? $"\u0001 {question.Name} | \"{words}\" }}}}"
                : words;
        }).Replace("{{", "{ {", StringComparison.Ordinal).Replace("\u0001", "{{", StringComparison.Ordinal);
        page.Notes.Approximated(page.Pointer + "/title", "title with a template", $"The title has template tags, which GovDesign does not run: the heading is \"{written}\". A tag naming a question asked on another page shows its answer ({{{{ name | \"fallback\" }}}}); check the fallback, and replace any other tag's words.");
        return written;
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.None, 1000)]
    private static partial Regex TemplateTag();
}
