using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovDesign.Forms.Loading.Schema;

/// <summary>
/// Validates a JSON instance against a JSON Schema (draft 2020-12), for the keywords the form
/// schema uses: <c>type</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>,
/// <c>minProperties</c>, <c>enum</c>, <c>const</c>, <c>minimum</c>, <c>maximum</c>, <c>minLength</c>,
/// <c>pattern</c>, <c>oneOf</c>, <c>anyOf</c>, <c>$ref</c> to <c>#/$defs/...</c>, <c>items</c>,
/// <c>minItems</c> and <c>uniqueItems</c>. Annotations (<c>description</c>, <c>title</c>, <c>default</c>,
/// <c>x-patternHint</c>) are read only to write better messages. Every failure is reported.
/// </summary>
internal sealed partial class SchemaValidator
{
    /// <summary>The keywords this validator understands; a test checks the form schema uses no others.</summary>
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "$ref", "title", "description", "default", "x-patternHint",
        "type", "required", "properties", "additionalProperties", "minProperties", "enum", "const",
        "minimum", "maximum", "minLength", "pattern", "oneOf", "anyOf", "items", "minItems", "uniqueItems",
    };

    private readonly JsonObject _root;
    // Shared by every load (the validator is a singleton), so the caches must be safe across threads.
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<JsonArray, Discriminator?> _discriminators = new(ReferenceEqualityComparer.Instance);

    private sealed record Discriminator(string Property, Dictionary<string, JsonObject> Branches);

    public SchemaValidator(JsonObject schema)
    {
        _root = schema;
        Materialise(schema);
    }

    /// <summary>
    /// JsonNode builds its children and lookup tables lazily on first use, which is not safe across
    /// threads; touching everything once here makes the shared schema read-only from then on.
    /// </summary>
    private static void Materialise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                _ = obj.ContainsKey("$ref");
                foreach (var (_, child) in obj)
                {
                    Materialise(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Materialise(child);
                }

                break;
        }
    }

    public List<SchemaError> Validate(JsonNode? instance)
    {
        var errors = new List<SchemaError>();
        Validate(_root, instance, "", errors);
        return errors;
    }

    private JsonObject Resolve(JsonObject schema)
    {
        var reference = (string)schema["$ref"]!;
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal) || _root["$defs"]?[reference[prefix.Length..]] is not JsonObject target)
        {
            throw new InvalidOperationException($"The schema's $ref \"{reference}\" cannot be resolved.");
        }

        return target;
    }

    private void Validate(JsonObject schema, JsonNode? instance, string pointer, List<SchemaError> errors)
    {
        if (schema.ContainsKey("$ref"))
        {
            Validate(Resolve(schema), instance, pointer, errors);
        }

        if (schema["type"] is JsonValue type && !HasType(instance, (string)type!))
        {
            errors.Add(new SchemaError("schema.type", pointer, pointer, $"Expected {Article((string)type!)}, found {Describe(instance)}."));
            return;
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, instance))
        {
            errors.Add(new SchemaError("schema.const", pointer, pointer, $"Expected {constant.ToJsonString()}, found {Describe(instance)}."));
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, instance)))
        {
            errors.Add(new SchemaError("schema.enum", pointer, pointer, $"{Describe(instance)} is not allowed here. Expected one of: {string.Join(", ", allowed.Select(a => a?.ToJsonString()))}."));
        }

        switch (instance)
        {
            case JsonObject obj:
                ValidateObject(schema, obj, pointer, errors);
                break;
            case JsonArray array:
                ValidateArray(schema, array, pointer, errors);
                break;
            case JsonValue value:
                ValidateValue(schema, value, pointer, errors);
                break;
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            ValidateBranches(schema, oneOf, instance, pointer, errors, exactlyOne: true);
        }

        if (schema["anyOf"] is JsonArray anyOf)
        {
            ValidateBranches(schema, anyOf, instance, pointer, errors, exactlyOne: false);
        }
    }

    private void ValidateValue(JsonObject schema, JsonValue value, string pointer, List<SchemaError> errors)
    {
        if (value.TryGetValue<string>(out var text))
        {
            if (schema["minLength"] is JsonValue minLength && text.Length < (int)minLength)
            {
                errors.Add(new SchemaError("schema.minLength", pointer, pointer, text.Length == 0 ? "This must not be empty." : $"This must be at least {(int)minLength} characters long."));
            }

            if (schema["pattern"] is JsonValue pattern && !Pattern((string)pattern!).IsMatch(text))
            {
                var hint = (string?)schema["x-patternHint"];
                errors.Add(new SchemaError("schema.pattern", pointer, pointer, hint is null
                    ? $"\"{text}\" does not match the pattern {(string)pattern!}."
                    : $"\"{text}\" is not allowed here: use {hint}."));
            }
        }
        else if (Number(value) is { } number)
        {
            if (schema["minimum"] is JsonValue minimum && number < Number(minimum))
            {
                errors.Add(new SchemaError("schema.minimum", pointer, pointer, $"This must be at least {Number(minimum)!.Value.ToString(CultureInfo.InvariantCulture)}."));
            }

            if (schema["maximum"] is JsonValue maximum && number > Number(maximum))
            {
                errors.Add(new SchemaError("schema.maximum", pointer, pointer, $"This must be at most {Number(maximum)!.Value.ToString(CultureInfo.InvariantCulture)}."));
            }
        }
    }

    private void ValidateArray(JsonObject schema, JsonArray array, string pointer, List<SchemaError> errors)
    {
        if (schema["minItems"] is JsonValue minItems && array.Count < (int)minItems)
        {
            errors.Add(new SchemaError("schema.minItems", pointer, pointer, (int)minItems == 1 ? "This list must not be empty." : $"This list needs at least {(int)minItems} items."));
        }

        if (schema["uniqueItems"] is JsonValue unique && (bool)unique)
        {
            for (var i = 1; i < array.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonNode.DeepEquals(array[i], array[j]))
                    {
                        errors.Add(new SchemaError("schema.uniqueItems", $"{pointer}/{i}", $"{pointer}/{i}", $"{Describe(array[i])} is already in the list (item {j + 1})."));
                        break;
                    }
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Validate(items, array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), errors);
            }
        }
    }

    private void ValidateObject(JsonObject schema, JsonObject obj, string pointer, List<SchemaError> errors)
    {
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => (string)r!))
            {
                if (!obj.ContainsKey(name))
                {
                    errors.Add(new SchemaError("schema.required", pointer, pointer, $"The property \"{name}\" is missing{Where(pointer)}."));
                }
            }
        }

        if (schema["minProperties"] is JsonValue minProperties && obj.Count < (int)minProperties)
        {
            errors.Add(new SchemaError("schema.minProperties", pointer, pointer, "This object must not be empty."));
        }

        var properties = schema["properties"] as JsonObject;
        var additional = schema["additionalProperties"];
        foreach (var (name, value) in obj)
        {
            var childPointer = pointer + "/" + SourceMap.Escape(name);
            if (properties?[name] is JsonObject propertySchema)
            {
                Validate(propertySchema, value, childPointer, errors);
            }
            else if (additional is JsonObject additionalSchema)
            {
                Validate(additionalSchema, value, childPointer, errors);
            }
            else if (additional is JsonValue allowAdditional && !(bool)allowAdditional)
            {
                errors.Add(new SchemaError("schema.additionalProperties", childPointer, pointer, UnknownProperty(name, properties), AtKey: true));
            }
        }
    }

    private Regex Pattern(string pattern) =>
        _patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}
