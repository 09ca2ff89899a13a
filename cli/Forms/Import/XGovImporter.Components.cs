using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>A page's components, in order: questions, and content placed above the question after it.</summary>
internal sealed partial class XGovImporter
{
    private void MapComponents(SourcePage page)
    {
        page.Path = _paths.Unique(page.SourcePath, "page");
        var components = Arr(page.Json["components"]);
        var inputs = CountInputs(components);
        var pending = new List<MarkdownBlock>();
        var asked = false;
        for (var i = 0; i < components.Count; i++)
        {
            var pointer = $"{page.Pointer}/components/{i}";
            if (components[i] is not JsonObject component || Str(component["type"]) is not { } type)
            {
                continue;
            }

            if (ContentTypes.Contains(type))
            {
                MapContent(component, type, pointer, page, pending);
                continue;
            }

            var added = page.Questions.Count;
            if (type == "MultiInputField")
            {
                MapMultiInput(component, pointer, page, inputs);
            }
            else if (MapQuestion(component, type, pointer, page) is { } question)
            {
                page.Questions.Add(question);
            }

            if (page.Questions.Count > added)
            {
                page.MappedInputs++;
                Place(page, pending, asked ? page.Questions[added].Name : null);
                asked = true;
            }
        }

        if (asked && pending.Count > 0)
        {
            page.Notes.Approximated(page.Pointer + "/components", "content after the last question", "Content after the page's last question is shown under the heading: GovDesign shows content under the heading or above a question.");
        }

        Place(page, pending, null);
        if (Str(page.Json["controller"]) is { Length: > 0 } controller && !controller.StartsWith("./pages/start", StringComparison.Ordinal))
        {
            page.Notes.Approximated(page.Pointer + "/controller", $"page controller {controller}", $"The page's controller \"{controller}\" is XGov code with its own behaviour; the page is written as an ordinary page.");
        }
    }

    private static void Place(SourcePage page, List<MarkdownBlock> pending, string? before)
    {
        foreach (var block in pending)
        {
            AddBlock(page, block, before);
        }

        pending.Clear();
    }

    /// <summary>A MultiInputField alone on its page (a row of fields asked again and again) becomes an add-another page asking its fields.</summary>
    private void MapMultiInput(JsonObject component, string pointer, SourcePage page, int inputs)
    {
        var children = Arr(component["children"]);
        if (inputs != 1 || children.Count == 0)
        {
            page.Notes.Dropped(pointer, "component MultiInputField", "A MultiInputField beside other questions has no GovDesign equivalent: an add-another page repeats a whole page.");
            return;
        }

        page.Repeats = true;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is JsonObject child && Str(child["type"]) is { } type && !ContentTypes.Contains(type) && type != "MultiInputField"
                && MapQuestion(child, type, $"{pointer}/children/{i}", page) is { } question)
            {
                page.Questions.Add(question);
            }
        }

        page.Notes.Approximated(pointer, "component MultiInputField", "Written as an add-another page asking its fields once for each item, at least once; conditions cannot use its answers.");
    }
}
