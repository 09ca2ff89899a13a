using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using GovDesign.Forms.Loading;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>
/// The form definition reference as the site serves it, checked against the schema the form
/// engine embeds, walked here on its own: if the schema changes, the page must change with it.
/// </summary>
public sealed class SchemaReferencePageTests(TestSite site)
{
    private const string Url = "/form-engine/reference";

    [Fact]
    public async Task ReferencePage_ListsEveryPropertyOfTheSchemaWithItsDescription()
    {
        var (status, page) = await Html.GetAsync(site.Http, Url);
        var expected = SchemaProperties(FormLoader.Schema).ToList();

        Assert.Equal(200, status);
        var sections = Sections(page);
        Assert.True(expected.Count > 150, $"the schema walk found only {expected.Count} properties");
        Assert.All(expected, property =>
        {
            var texts = sections.Where(s => s.Code == property.Name).Select(s => s.Text).ToList();
            Assert.True(texts.Count > 0, $"no heading for the property {property.Path}");
            if (property.Description is { } description)
            {
                Assert.True(texts.Any(t => t.Contains(description, StringComparison.Ordinal)), $"{property.Path}: its description is not under its heading");
            }
        });
        var definitions = ((JsonObject)FormLoader.Schema["$defs"]!).Select(d => d.Key).ToList();
        var propertyHeadings = sections.Where(s => s.Code is not null).Select(s => s.Code!).ToList();
        foreach (var name in definitions)
        {
            propertyHeadings.Remove(name);
        }

        Assert.Equal(expected.Select(p => p.Name).Order(StringComparer.Ordinal), propertyHeadings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReferencePage_SaysWhetherEachPropertyIsRequiredAndItsType()
    {
        var (_, page) = await Html.GetAsync(site.Http, Url);

        Assert.StartsWith("Required. Type: list of page", Following(page, "root-pages"));
        Assert.StartsWith("Optional. Type: string, one of \"alpha\", \"beta\", \"live\"", Following(page, "root-phase"));
        Assert.StartsWith("Required. Type: text (a string or an object of languages)", Following(page, "root-title"));
        Assert.StartsWith("Required. Type: exactly \"date\"", Following(page, "def-question-date-question-type"));
    }

    [Fact]
    public async Task ReferencePage_EveryRefIsALinkToADefinitionSectionOnThePage()
    {
        var (_, page) = await Html.GetAsync(site.Http, Url);
        var refs = Refs(FormLoader.Schema).Distinct().ToList();

        var links = page.QuerySelectorAll(".govdesign-schema a[href^='#']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, reference => Assert.Contains($"#def-{reference["#/$defs/".Length..]}", links));
        Assert.All(links.Distinct(), href => Assert.True(page.GetElementById(href[1..]) is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" }, $"{href} is not a heading on the page"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ReferencePage_SectionsJoinTheContentsListAndPropertiesTheSearchIndex()
    {
        var (_, page) = await Html.GetAsync(site.Http, Url);
        using var response = await site.Http.GetAsync("/search-index.json", TestContext.Current.CancellationToken);
        var index = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        var contents = page.QuerySelectorAll(".govdesign-contents a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#root", contents);
        Assert.Contains("#def-page", contents);
        Assert.Contains("#def-question", contents);
        var entry = index["pages"]!.AsArray().Single(p => (string?)p!["url"] == Url)!;
        Assert.Contains(entry["headings"]!.AsArray(), h => (string?)h!["url"] == $"{Url}#def-page-showIf");
        Assert.Contains("Set to false for things like reference numbers", (string?)entry["text"]);
    }

    [Fact]
    public async Task SearchPage_PropertyName_FindsItsHeadingOnTheReference()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/search?q=spellcheck");

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith($"{Url}#def-question-", StringComparison.Ordinal) == true);
    }

    private sealed record Property(string Path, string Name, string? Description);

    /// <summary>Every entry of every <c>properties</c> object in the schema, wherever it is.</summary>
    private static IEnumerable<Property> SchemaProperties(JsonNode? node, string path = "#")
    {
        if (node is JsonArray array)
        {
            return array.SelectMany((item, i) => SchemaProperties(item, $"{path}/{i}"));
        }

        if (node is not JsonObject obj)
        {
            return [];
        }

        var found = new List<Property>();
        foreach (var (key, value) in obj)
        {
            if (key == "properties" && value is JsonObject properties)
            {
                found.AddRange(properties.Select(p => new Property($"{path}/properties/{p.Key}", p.Key, p.Value?["description"]?.GetValue<string>())));
            }

            found.AddRange(SchemaProperties(value, $"{path}/{key}"));
        }

        return found;
    }

    private static IEnumerable<string> Refs(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Refs),
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value?.GetValueKind() == JsonValueKind.String ? [p.Value.GetValue<string>()] : Refs(p.Value)),
        _ => [],
    };

    /// <summary>Each heading of the reference with the text under it, up to the next heading.</summary>
    private static List<(string? Code, string Id, string Text)> Sections(IDocument page)
    {
        var sections = new List<(string?, string, string)>();
        foreach (var heading in page.QuerySelectorAll(".govdesign-schema :is(h2, h3, h4, h5, h6)"))
        {
            sections.Add((heading.QuerySelector("code")?.TextContent, heading.Id!, UnderHeading(heading)));
        }

        return sections;
    }

    private static string Following(IDocument page, string id) => UnderHeading(page.GetElementById(id)!);

    private static string UnderHeading(IElement heading)
    {
        var text = new List<string>();
        for (var next = heading.NextElementSibling; next is not null && next.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6"); next = next.NextElementSibling)
        {
            text.Add(next.TextContent.Trim());
        }

        return string.Join(" ", text);
    }
}
