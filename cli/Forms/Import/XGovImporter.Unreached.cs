using System.Text.RegularExpressions;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// Why a page is left out, as precisely as the source tells: no journey reaches it by links whose
/// conditions could be written; or no link XGov follows leads to it at all, because the only links to it
/// are under conditions the form does not have, or only XGov's own code sends people there (its magic link
/// sign-in), or only a link in a page's text leads there.
/// </summary>
internal sealed partial class XGovImporter
{
    /// <summary>XGov page controllers that send people on to a page of the form by its path, and what for.</summary>
    private static readonly Dictionary<string, (string Path, string Purpose)> Redirects = new(StringComparer.Ordinal)
    {
        ["MagicLinkStartPageController"] = ("/email", "to sign in: XGov emails them a link that lets them into the service, and GovDesign forms do not sign citizens in"),
    };

    private void LeftOut(SourcePage page, int inputs, HashSet<SourcePage> linked, ConditionSet conditions)
    {
        var with = inputs switch { 0 => "", 1 => ", with its question", _ => $", with its {inputs} questions" };
        if (linked.Contains(page))
        {
            _report.Dropped(page.Pointer, "page no journey reaches", $"No journey reaches \"{page.SourcePath}\" from the start page by links whose conditions could be written, so it is left out{with}.");
            return;
        }

        var undefined = _pages.SelectMany(p => p.Links).Where(l => l.Target == page.SourcePath && l.Condition is { } c && !conditions.Defines(c)).ToList();
        if (undefined.Count > 0)
        {
            var near = undefined.Any(l => conditions.Nearest(l.Condition!) is not null) ? " If the author meant the near name, correct the source and import it again." : "";
            _report.Dropped(page.Pointer, "page only undefined conditions lead to", $"The only links to \"{page.SourcePath}\" are under conditions the form does not have: {string.Join("; ", undefined.Select(l => $"`{l.Pointer}` under {UndefinedCondition(l, conditions)}"))}. XGov never follows such a link, so it never shows the page, and it is left out{with}.{near}");
            return;
        }

        var sender = _pages.FirstOrDefault(p => Redirects.TryGetValue(Str(p.Json["controller"]) ?? "", out var redirect) && redirect.Path == page.SourcePath);
        if (sender is not null)
        {
            var (_, purpose) = Redirects[Str(sender.Json["controller"])!];
            _report.Dropped(page.Pointer, "page XGov's sign-in code shows", $"Only the controller of \"{sender.SourcePath}\" ({Str(sender.Json["controller"])}) sends people to \"{page.SourcePath}\", {purpose}; it is left out{with}.");
            return;
        }

        var texts = _pages.Where(p => p != page && LinksInText(p).Contains(page.SourcePath)).Select(p => $"\"{p.SourcePath}\"").ToList();
        if (texts.Count > 0)
        {
            _report.Dropped(page.Pointer, "page only a link in text leads to", $"Only a link in the text of {string.Join(", ", texts)} leads to \"{page.SourcePath}\": no page's next link does. A GovDesign journey goes by its pages' order and next rules, not by links in text, so it is left out{with}.");
            return;
        }

        _report.Dropped(page.Pointer, "page nothing links to", $"No link in the source leads to \"{page.SourcePath}\" from the start page, whatever the answers, so XGov shows it only if its own code sends people there (a page controller, a magic link) or they type its address; it is left out{with}.");
    }

    /// <summary>Notes each kept page whose text links to a page that is left out: the link would lead nowhere.</summary>
    private void NoteLinksToLeftOutPages(HashSet<SourcePage> kept)
    {
        foreach (var page in _pages.Where(kept.Contains))
        {
            foreach (var target in LinksInText(page).Select(Find).OfType<SourcePage>().Where(t => !t.IsSummary && !kept.Contains(t)))
            {
                page.Notes.Approximated(page.Pointer + "/components", "link in text to a page left out", $"The text links to \"{target.SourcePath}\", which is left out (see its own line), so the link leads to no page of this form: remove it or point it somewhere else.");
            }
        }
    }

    /// <summary>Names <paramref name="link"/>'s condition, says it is not one of the form's, and names the nearest that is.</summary>
    private static string UndefinedCondition(SourceLink link, ConditionSet conditions) =>
        $"\"{link.Condition}\", which is not one of the form's conditions"
        + (conditions.Nearest(link.Condition!) is { } near ? $" (it has \"{near}\")" : "");

    /// <summary>The source paths of the form's pages that the text of <paramref name="page"/>'s components links to, by a relative or root-relative address.</summary>
    private HashSet<string> LinksInText(SourcePage page)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Arr(page.Json["components"]).SelectMany(c => new[] { Str(At(c, "content")), Str(At(c, "hint")) }).OfType<string>())
        {
            foreach (Match match in Href().Matches(text))
            {
                var address = (match.Groups[1].Success ? match.Groups[1] : match.Groups[2]).Value.Split('?', '#')[0].Trim().TrimEnd('/');
                if (address.Length == 0 || address.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                var target = _pages.FirstOrDefault(p => address == p.SourcePath.TrimStart('/') || address.EndsWith(p.SourcePath, StringComparison.Ordinal));
                if (target is not null)
                {
                    found.Add(target.SourcePath);
                }
            }
        }

        return found;
    }

    [GeneratedRegex("""href\s*=\s*["']([^"']*)["']|\]\(([^)\s]*)\)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
