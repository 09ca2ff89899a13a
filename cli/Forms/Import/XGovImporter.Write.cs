using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>Writing the pages, the start page and the form's settings.</summary>
internal sealed partial class XGovImporter
{
    private JsonArray WritePages(List<SourcePage> order, HashSet<SourcePage> kept, ConditionSet conditions)
    {
        AbsorbShowIf(order, kept, conditions);
        var pages = new JsonArray();
        for (var i = 0; i < order.Count; i++)
        {
            var page = order[i];
            var json = new JsonObject { ["path"] = page.Path };
            if (Str(page.Json["section"]) is { } section && _sectionIds.TryGetValue(section, out var sectionId))
            {
                json["section"] = sectionId;
            }

            if (Heading(page) is { } heading)
            {
                json["heading"] = Untemplated(heading, page, order);
            }

            if (page.Content.Count > 0)
            {
                json["content"] = page.Content.DeepClone();
            }

            if (page.Questions.Count > 0)
            {
                json["questions"] = new JsonArray([.. page.Questions.Select(q => q.Json.DeepClone())]);
            }

            if (page.Repeats)
            {
                json["repeat"] = new JsonObject { ["min"] = 1 };
            }

            if (page.IsExit)
            {
                json["exit"] = true;
                page.Notes.Mapped(page.Pointer, "exit page", $"\"{page.SourcePath}\" has no questions and no way on, so it is an exit page: the journey ends there.");
            }
            else
            {
                if (page.ShowIf is not null)
                {
                    json["showIf"] = page.ShowIf.DeepClone();
                }

                if (NextRules(page, i, order, kept, conditions) is { Count: > 0 } next)
                {
                    json["next"] = next;
                }
            }

            pages.Add(json);
        }

        return pages;
    }

    /// <summary>The page's heading: its title, unless it has one question whose label says the same.</summary>
    private string? Heading(SourcePage page)
    {
        var title = HtmlToMarkdown.PlainText(Str(page.Json["title"]) ?? "");
        if (page.Questions.Count == 1 && (title.Length == 0 || title == Str(page.Questions[0].Json["label"])))
        {
            return null;
        }

        if (title.Length > 0)
        {
            return title;
        }

        var made = Names.Kebab(page.SourcePath).Replace('-', ' ');
        made = made.Length > 0 ? char.ToUpperInvariant(made[0]) + made[1..] : "Information";
        page.Notes.Approximated(page.Pointer + "/title", "page without a title", $"The page has no title, and GovDesign needs a heading on a page without exactly one question: \"{made}\", from its path.");
        return made;
    }

    /// <summary>
    /// When the start page is only content with one way on, its content becomes the start page's content
    /// (GovDesign's runner shows it under the service name with a Start now button) and it is not a page.
    /// </summary>
    private JsonNode? StartContent(List<SourcePage> order, HashSet<SourcePage> kept, ConditionSet conditions)
    {
        if (order.Count < 2 || order[0].Questions.Count > 0 || order[0].Repeats || order[1].IsExit)
        {
            return null;
        }

        var start = order[0];
        var links = Forward(start, kept, conditions, includeBack: false).ToList();
        if (links.Count != 1 || links[0].Condition is not null || start.Links.Count != 1 || links[0].Target != order[1].SourcePath)
        {
            return null;
        }

        order.RemoveAt(0);
        var parts = new List<string>();
        foreach (var block in start.Content)
        {
            var text = Str(block) ?? Str(At(block, "text")) ?? "";
            parts.Add(Str(At(block, "summary")) is { } summary ? $"**{BlockWriter.Escape(summary)}**\n\n{text}" : text);
        }

        start.Notes.Mapped(start.Pointer, "start page", $"\"{start.SourcePath}\" is only content with one way on, so its content is the start page's content, under the service name and a Start now button.");
        if (start.Content.OfType<JsonObject>().Any())
        {
            start.Notes.Approximated(start.Pointer, "start page content", "Details, inset or warning text on the start page are written as plain paragraphs: the start page's content is one Markdown text.");
        }

        return parts.Count > 0 ? string.Join("\n\n", parts) : null;
    }

    private void WriteSettings(JsonObject definition)
    {
        if (Str(At(_source["phaseBanner"], "phase")) is { } phase && phase is "alpha" or "beta")
        {
            definition["phase"] = phase;
            _report.Mapped("/phaseBanner", "phase banner", $"The phase is \"{phase}\".");
            if (Str(At(_source["feedback"], "url")) is { } url && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith('/') || url.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                definition["feedbackUrl"] = url;
                _report.Mapped("/feedback/url", "feedback link", "The phase banner's feedback link.");
            }
        }

        foreach (var (key, topic, why) in DroppedSettings)
        {
            if (_source[key] is JsonNode node && !(node is JsonArray { Count: 0 } || node is JsonObject { Count: 0 }))
            {
                _report.Dropped("/" + key, topic, why);
            }
        }
    }

    private static readonly (string Key, string Topic, string Why)[] DroppedSettings =
    [
        ("outputs", "outputs (delivery)", "Where submissions go: set GovDesign's \"delivery\" (webhooks signed with a named secret, or email) yourself; secrets and addresses are not copied."),
        ("fees", "fees", "GovDesign forms do not take payments."),
        ("feeOptions", "fees", "GovDesign forms do not take payments."),
        ("payApiKey", "fees", "GovDesign forms do not take payments."),
        ("metadata", "metadata", "Free data sent with XGov submissions; GovDesign sends the answers and the reference."),
        ("authentication", "sign-in", "GovDesign forms do not sign citizens in."),
        ("magicLinkConfig", "sign-in", "GovDesign forms do not sign citizens in."),
        ("toggle", "feature toggle", "GovDesign has no feature toggles in the definition."),
        ("specialPages", "special pages", "Settings of XGov's own confirmation and error pages: set GovDesign's \"confirmation\" yourself."),
    ];

    private void WriteDeclaration(JsonObject definition)
    {
        if (Str(_source["declaration"]) is not { Length: > 0 } html)
        {
            return;
        }

        var text = string.Join("\n\n", HtmlToMarkdown.Convert(html).Select(b => b.Markdown));
        if (text.Length > 0)
        {
            definition["declaration"] = new JsonObject { ["content"] = text };
            _report.Mapped("/declaration", "declaration", "The declaration, in Markdown, shown on check answers.");
        }
    }
}
