using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading.Schema;

namespace GovDesign.Forms.Loading;

/// <summary>The outcome of loading a form definition.</summary>
/// <param name="Form">The form, when it loaded without errors; null otherwise.</param>
/// <param name="Diagnostics">Every problem found, in the order they appear in the file.</param>
public sealed record FormLoadResult(FormDefinition? Form, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the form loaded (it may still have warnings).</summary>
    public bool Succeeded => Form is not null;
}

/// <summary>
/// Loads form definitions: reads the JSON keeping the line and column of every value, validates
/// it against the form schema, builds the model, compiles its conditions and checks its journey,
/// reporting every problem at once. A form that loads is guaranteed to run.
/// </summary>
public static class FormLoader
{
    private static readonly Lazy<SchemaValidator> Validator = new(() => new SchemaValidator(Schema));

    /// <summary>
    /// The schema's stable address, its <c>$id</c>, which the docs site serves: what a definition's
    /// <c>$schema</c> names so that editors complete and check it anywhere. A change that breaks
    /// definitions gets a new version (<c>v2.json</c>); this one keeps answering.
    /// </summary>
    public const string SchemaUrl = "https://govdesign.github.io/schemas/form/v1.json";

    /// <summary>The form schema (draft 2020-12), as embedded in this assembly.</summary>
    public static JsonObject Schema => (JsonObject)JsonNode.Parse(SchemaText)!;

    /// <summary>The text of the form schema, as embedded in this assembly.</summary>
    public static string SchemaText { get; } = ReadSchema();

    /// <summary>Loads a definition from JSON text.</summary>
    /// <param name="json">The definition.</param>
    /// <returns>The form or the diagnostics.</returns>
    public static FormLoadResult Load(string json) => Load(Encoding.UTF8.GetBytes(json));

    /// <summary>Loads a definition from a file. A file that cannot be read gives one diagnostic.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The form or the diagnostics.</returns>
    public static FormLoadResult LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new FormLoadResult(null, [new Diagnostic("", 1, 1, $"The file cannot be read: {e.Message}") { Code = "file.unreadable" }]);
        }

        return Load(bytes);
    }

    /// <summary>Loads a definition from UTF-8 bytes (a byte order mark is allowed).</summary>
    /// <param name="utf8">The definition.</param>
    /// <returns>The form or the diagnostics.</returns>
    public static FormLoadResult Load(byte[] utf8)
    {
        if (utf8.AsSpan().StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var diagnostics = new DiagnosticBag(new SourceMap(utf8));
        var tree = JsonTreeReader.Read(utf8, diagnostics);
        if (tree is null && diagnostics.HasErrors)
        {
            return new FormLoadResult(null, diagnostics.Items);
        }

        foreach (var error in Validator.Value.Validate(tree))
        {
            diagnostics.Error(error.Code, error.Pointer, error.Message, error.AtKey);
        }

        FormDefinition? form = null;
        if (tree is JsonObject root)
        {
            form = new DefinitionBuilder(root, diagnostics).Build();
        }

        var sorted = diagnostics.Items.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        return new FormLoadResult(diagnostics.HasErrors ? null : form, sorted);
    }

    private static string ReadSchema()
    {
        using var stream = typeof(FormLoader).Assembly.GetManifestResourceStream("GovDesign.Forms.form.schema.json")
            ?? throw new InvalidOperationException("The form schema is not embedded in GovDesign.Forms.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
