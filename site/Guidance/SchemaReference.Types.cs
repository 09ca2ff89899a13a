using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Site.Guidance;

/// <summary>How a schema's type reads: "list of <a>page</a>, at least 1 item".</summary>
public sealed partial class SchemaReference
{
    private const string DefinitionPrefix = "#/$defs/";

    /// <summary>The type of a schema as HTML: its kind, then its limits.</summary>
    private string TypeHtml(JsonObject schema, string? id = null)
    {
        var kind = KindHtml(schema, id);
        var limits = Limits(schema);
        return limits.Count == 0 ? kind : $"{kind}, {string.Join(", ", limits)}";
    }

    private string KindHtml(JsonObject schema, string? id = null)
    {
        if (schema["$ref"] is { } reference)
        {
            return RefHtml(Str(reference) ?? "");
        }

        if (schema["const"] is { } constant)
        {
            return $"exactly {Literal(constant)}";
        }

        if (schema["enum"] is JsonArray values)
        {
            return $"{Str(schema["type"]) ?? "value"}, one of {string.Join(", ", values.Select(Literal))}";
        }

        if (schema["oneOf"] is JsonArray alternatives)
        {
            // An object alternative with a title has its own section (see Body), so it is a link to it.
            var shapes = alternatives.OfType<JsonObject>().Select(a => Str(a["title"]) is not { } title ? TypeHtml(a)
                : a["properties"] is JsonObject && id is not null ? $"<a class=\"govuk-link\" href=\"#{Encode(id)}-{Encode(Slug(title))}\">{Encode(title)}</a>"
                : $"{Encode(title)} ({TypeHtml(a)})").ToList();
            return shapes.Count switch
            {
                0 => "any value",
                1 => shapes[0],
                2 => $"either {shapes[0]} or {shapes[1]}",
                _ => $"one of {string.Join(", ", shapes[..^1])} or {shapes[^1]}",
            };
        }

        return Str(schema["type"]) switch
        {
            "array" => schema["items"] is JsonObject items ? $"list of {ItemsHtml(items)}" : "list",
            "object" when schema["properties"] is JsonObject => "object with the properties below",
            "object" when schema["additionalProperties"] is JsonObject each => $"object whose properties you name, each {ItemsHtml(each)}",
            "object" => "object",
            null => "any value",
            var type => Encode(type),
        };
    }

    /// <summary>An item type inside "list of ...": a limited item is wrapped in brackets so its limits do not read as the list's.</summary>
    private string ItemsHtml(JsonObject items) => TypeHtml(items) is var type && type.Contains(',', StringComparison.Ordinal) ? $"({type})" : type;

    private string RefHtml(string reference)
    {
        if (!reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal) || Definition(reference[DefinitionPrefix.Length..]) is not { } definition)
        {
            return $"<code>{Encode(reference)}</code>";
        }

        var name = reference[DefinitionPrefix.Length..];
        var link = $"<a class=\"govuk-link\" href=\"#{Encode(DefinitionId(name))}\">{Encode(name)}</a>";
        var titles = (definition["oneOf"] as JsonArray ?? []).OfType<JsonObject>().Select(a => Str(a["title"])).ToList();
        return titles.Count == 2 && titles.All(t => t is not null) ? $"{link} ({Encode(string.Join(" or ", titles))})" : link;
    }

    private static List<string> Limits(JsonObject schema)
    {
        var limits = new List<string>();
        void Add(string keyword, string limit, string noun = "", string nouns = "")
        {
            if (Num(schema[keyword]) is { } n)
            {
                limits.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1}{2}", limit, n, n == 1 ? noun : nouns));
            }
        }

        Add("minLength", "at least", " character", " characters");
        Add("maxLength", "at most", " character", " characters");
        Add("minimum", "at least");
        Add("maximum", "at most");
        Add("minItems", "at least", " item", " items");
        Add("maxItems", "at most", " item", " items");
        Add("minProperties", "at least", " property", " properties");
        if (Bool(schema["uniqueItems"]))
        {
            limits.Add("no item twice");
        }

        if (Str(schema["x-patternHint"]) is { } hint)
        {
            limits.Add("written as " + Encode(hint));
        }
        else if (Str(schema["pattern"]) is { } pattern)
        {
            limits.Add($"matching <code>{Encode(pattern)}</code>");
        }

        return limits;
    }

    private JsonObject? Definition(string name) => (_schema["$defs"] as JsonObject)?[name] as JsonObject;

    private static string? RefName(JsonObject schema) =>
        Str(schema["$ref"]) is { } reference && reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal) ? reference[DefinitionPrefix.Length..] : null;

    private static string Literal(JsonNode? value) => $"<code>{Encode(value?.ToJsonString(Json) ?? "null")}</code>";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>An id part from a name or title: letters, digits, hyphens and underscores kept, anything else a hyphen.</summary>
    private static string Slug(string text) => NotIdCharacters().Replace(text, "-").Trim('-');

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotIdCharacters();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
