using GovDesign.Forms.Loading;

namespace GovDesign.Site.Guidance;

/// <summary>The JSON Schemas a guidance page may write out as reference with <c>schema: &lt;name&gt;</c> in its front matter.</summary>
public static class SchemaReferences
{
    private static readonly Dictionary<string, Func<string>> Schemas = new(StringComparer.OrdinalIgnoreCase)
    {
        // The form definition schema as the form engine embeds and loads it: not a copy.
        ["form"] = () => FormLoader.SchemaText,
    };

    /// <summary>The names a page may give.</summary>
    public static IEnumerable<string> Names => Schemas.Keys.Order(StringComparer.Ordinal);

    /// <summary>The schema's text, or null for an unknown name.</summary>
    public static string? Find(string name) => Schemas.TryGetValue(name, out var text) ? text() : null;
}
