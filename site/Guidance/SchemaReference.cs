using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Site.Guidance;

/// <summary>A JSON Schema written out as reference: its markup, its headings and its words for search.</summary>
/// <param name="Html">The reference, one section for the root and one for each definition.</param>
/// <param name="Headings">Its headings, each with its anchor: sections at level 2, properties below them.</param>
/// <param name="Text">Its names and descriptions as plain text.</param>
public sealed record SchemaReferenceContent(string Html, IReadOnlyList<Heading> Headings, string Text);

/// <summary>
/// Writes a JSON Schema (draft 2020-12, the keywords our schemas use) as readable reference, so
/// that the page is made from the schema itself and cannot drift from it: a section for the root
/// and for each of <c>$defs</c>, a heading with an anchor for each property, its type (enums,
/// constants and <c>oneOf</c> alternatives spelt out, <c>$ref</c> as a link to the definition's
/// section), whether it is required, and its description.
/// </summary>
public sealed partial class SchemaReference
{
    /// <summary>The id of the root's section.</summary>
    public const string RootId = "root";

    private readonly JsonObject _schema;
    private readonly HashSet<string> _ids;
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private readonly List<Heading> _headings = [];
    private readonly Func<JsonObject, string?>? _note;

    private SchemaReference(JsonObject schema, IEnumerable<string> takenIds, Func<JsonObject, string?>? note)
    {
        _schema = schema;
        _ids = new HashSet<string>(takenIds, StringComparer.Ordinal);
        _note = note;
    }

    /// <summary>The anchor of a definition's section: <c>def-page</c>.</summary>
    public static string DefinitionId(string name) => "def-" + Slug(name);

    /// <summary>
    /// Writes the schema; <paramref name="takenIds"/> are ids already on the page, which the reference will
    /// not reuse, and <paramref name="note"/> may add a paragraph to any section, from what the schema does not say.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="InvalidOperationException">The JSON is not an object.</exception>
    public static SchemaReferenceContent Render(string schemaText, IEnumerable<string>? takenIds = null, Func<JsonObject, string?>? note = null)
    {
        var schema = JsonNode.Parse(schemaText) as JsonObject ?? throw new InvalidOperationException("a JSON Schema is an object");
        var reference = new SchemaReference(schema, takenIds ?? [], note);
        reference.Write();
        return new SchemaReferenceContent(reference._html.ToString(), reference._headings, Spaces().Replace(reference._text.ToString(), " ").Trim());
    }

    private void Write()
    {
        _html.Append("<div class=\"govdesign-schema\">\n");
        Section(2, RootId, Str(_schema["title"]) ?? "The root", _schema, code: false);
        foreach (var (name, definition) in _schema["$defs"] as JsonObject ?? [])
        {
            if (definition is JsonObject schema)
            {
                Section(2, DefinitionId(name), name, schema, code: true);
            }
        }

        _html.Append("</div>\n");
    }

    private void Section(int level, string id, string title, JsonObject schema, bool code)
    {
        id = HeadingTag(level, id, title, code);
        Paragraph(Str(schema["description"]));
        _html.Append("<p class=\"govuk-body\">Type: ").Append(TypeHtml(schema, id)).Append(".</p>\n");
        Paragraph(_note?.Invoke(schema));
        Body(level, id, schema);
    }

    /// <summary>The properties of an object (nested ones too), and the object alternatives of a <c>oneOf</c>, as sections one level down.</summary>
    private void Body(int level, string id, JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            var required = (schema["required"] as JsonArray ?? []).Select(Str).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var (name, node) in properties)
            {
                Property(level + 1, $"{id}-{Slug(name)}", name, node as JsonObject ?? [], required.Contains(name));
            }

            if (schema["additionalProperties"]?.GetValueKind() == JsonValueKind.False)
            {
                Paragraph("No other properties are allowed.");
            }
        }

        if (schema["items"] is JsonObject items && items["properties"] is JsonObject)
        {
            Body(level, id, items);
        }

        if (schema["oneOf"] is JsonArray alternatives)
        {
            var index = 0;
            foreach (var alternative in alternatives.OfType<JsonObject>())
            {
                index++;
                if (alternative["properties"] is JsonObject)
                {
                    var title = Str(alternative["title"]) ?? $"Alternative {index}";
                    Section(Math.Min(level + 1, 6), $"{id}-{Slug(title)}", title, alternative, code: false);
                }
            }
        }
    }

    private void Property(int level, string id, string name, JsonObject schema, bool required)
    {
        id = HeadingTag(level, id, name, code: true);
        _html.Append("<p class=\"govuk-body\"><strong>").Append(required ? "Required" : "Optional").Append(".</strong> Type: ")
            .Append(TypeHtml(schema, id)).Append(".</p>\n");
        Paragraph(Str(schema["description"]) ?? RefDescription(schema));
        if (schema["default"] is { } value)
        {
            _html.Append("<p class=\"govuk-body\">Default: ").Append(Literal(value)).Append(".</p>\n");
        }

        Body(level, id, schema);
    }

    /// <summary>Writes a heading with a unique id and records it; returns the id used.</summary>
    private string HeadingTag(int level, string id, string text, bool code)
    {
        level = Math.Min(level, 6);
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        var size = level switch { 2 => "govuk-heading-l", 3 => "govuk-heading-m", _ => "govuk-heading-s" };
        var inner = code ? $"<code>{Encode(text)}</code>" : Encode(text);
        _html.Append($"<h{level} class=\"{size}\" id=\"{Encode(unique)}\">{inner}</h{level}>\n");
        _headings.Add(new Heading(level, text, unique));
        _text.Append(text).Append(' ');
        return unique;
    }

    private void Paragraph(string? text)
    {
        if (text is { Length: > 0 })
        {
            _html.Append("<p class=\"govuk-body\">").Append(Encode(text)).Append("</p>\n");
            _text.Append(text).Append(' ');
        }
    }

    private string? RefDescription(JsonObject schema) =>
        RefName(schema) is { } name && Definition(name) is { } definition ? Str(definition["description"]) : null;
}
