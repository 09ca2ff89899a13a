using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Loading.Schema;

/// <summary>oneOf and anyOf, with messages about the branch the author most likely meant.</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateBranches(JsonObject schema, JsonArray branches, JsonNode? instance, string pointer, List<SchemaError> errors, bool exactlyOne)
    {
        var discriminator = DiscriminatorOf(branches);
        if (discriminator is not null && instance is JsonObject obj)
        {
            ValidateDiscriminated(discriminator, obj, pointer, errors);
            return;
        }

        var matches = 0;
        List<SchemaError>? best = null;
        var bestScore = int.MaxValue;
        foreach (var branch in branches.OfType<JsonObject>())
        {
            var branchErrors = new List<SchemaError>();
            Validate(branch, instance, pointer, branchErrors);
            if (branchErrors.Count == 0)
            {
                matches++;
                continue;
            }

            // Errors about the instance's own shape suggest the author meant another branch.
            var score = branchErrors.Count;
            foreach (var error in branchErrors.Where(e => e.Owner == pointer))
            {
                score += error.IsTypeMismatch ? 1000 : 10;
            }

            if (score < bestScore)
            {
                (best, bestScore) = (branchErrors, score);
            }
        }

        if (matches == 1 || (!exactlyOne && matches > 0))
        {
            return;
        }

        if (matches > 1)
        {
            errors.Add(new SchemaError("schema.oneOf", pointer, pointer, "This matches more than one of the allowed shapes; remove what makes it ambiguous."));
        }
        else if (best is not null && !best.Exists(e => e.IsTypeMismatch && e.Owner == pointer))
        {
            errors.AddRange(best);
        }
        else
        {
            var expected = string.Join(" or ", branches.OfType<JsonObject>().Select(b => (string?)(b.ContainsKey("$ref") ? Resolve(b) : b)["title"] ?? "another shape"));
            var what = (string?)schema["title"] is { } title ? $"Expected {title} ({expected})" : $"Expected {expected}";
            errors.Add(new SchemaError("schema.type", pointer, pointer, $"{what}, found {Describe(instance)}."));
        }
    }

    private void ValidateDiscriminated(Discriminator discriminator, JsonObject obj, string pointer, List<SchemaError> errors)
    {
        var allowed = string.Join(", ", discriminator.Branches.Keys);
        var property = discriminator.Property;
        var childPointer = pointer + "/" + property;
        if (!obj.TryGetPropertyValue(property, out var tag))
        {
            errors.Add(new SchemaError("schema.required", pointer, pointer, $"The property \"{property}\" is missing{Where(pointer)}: it is one of {allowed}."));
        }
        else if (tag is not JsonValue value || !value.TryGetValue<string>(out var name) || !discriminator.Branches.TryGetValue(name, out var branch))
        {
            var suggestion = Suggest(tag is JsonValue v && v.TryGetValue<string>(out var s) ? s : "", discriminator.Branches.Keys);
            errors.Add(new SchemaError("schema.const", childPointer, childPointer, $"{Describe(tag)} is not a known {property}.{suggestion} Expected one of: {allowed}."));
        }
        else
        {
            Validate(branch, obj, pointer, errors);
        }
    }

    private Discriminator? DiscriminatorOf(JsonArray branches) => _discriminators.GetOrAdd(branches, FindDiscriminator);

    /// <summary>A property that every branch fixes with <c>const</c> (like a question's <c>type</c>), so one branch can be chosen directly.</summary>
    private Discriminator? FindDiscriminator(JsonArray branches)
    {
        var resolved = branches.OfType<JsonObject>().Select(b => b.ContainsKey("$ref") ? Resolve(b) : b).ToList();
        var candidate = (resolved.FirstOrDefault()?["properties"] as JsonObject)?.FirstOrDefault(p => p.Value is JsonObject o && o.ContainsKey("const")).Key;
        if (candidate is null)
        {
            return null;
        }

        var map = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var branch in resolved)
        {
            if (branch["properties"]?[candidate]?["const"] is JsonValue tag && tag.TryGetValue<string>(out var name))
            {
                map[name] = branch;
            }
        }

        return map.Count == resolved.Count ? new Discriminator(candidate, map) : null;
    }

    private static string UnknownProperty(string name, JsonObject? properties)
    {
        var known = properties?.Select(p => p.Key).Where(k => k != "$schema").ToList() ?? [];
        var message = $"Unknown property \"{name}\".";
        var suggestion = Suggest(name, known);
        if (suggestion.Length > 0)
        {
            return message + suggestion;
        }

        return known.Count == 0 ? message : $"{message} Allowed here: {string.Join(", ", known)}.";
    }

    private static string Suggest(string name, IEnumerable<string> known) => Suggestions.For(name, known);

    private static string Where(string pointer) => pointer.Length == 0 ? "" : " here";

    private static bool HasType(JsonNode? instance, string type) => type switch
    {
        "object" => instance is JsonObject,
        "array" => instance is JsonArray,
        "string" => instance?.GetValueKind() == JsonValueKind.String,
        "number" => instance?.GetValueKind() == JsonValueKind.Number,
        "integer" => instance is JsonValue v && Number(v) is { } n && n == decimal.Truncate(n),
        "boolean" => instance?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "null" => instance is null,
        _ => false,
    };

    /// <summary>The number in a JSON value, whatever .NET type holds it; null for other values.</summary>
    internal static decimal? Number(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetValue<decimal>(out var d))
        {
            return d;
        }

        if (value.TryGetValue<double>(out var x) && Math.Abs(x) < 7.9e28)
        {
            return (decimal)x;
        }

        return value.TryGetValue<long>(out var l) ? l : value.TryGetValue<int>(out var i) ? i : null;
    }

    private static string Article(string type) => type switch
    {
        "object" => "an object",
        "array" => "a list",
        "string" => "a string",
        "number" => "a number",
        "integer" => "a whole number",
        "boolean" => "true or false",
        _ => type,
    };

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => JsonSerializer.Serialize((string)node!, JsonOptions.Relaxed),
            JsonValueKind.Number => Number(node)?.ToString(CultureInfo.InvariantCulture) ?? node.ToJsonString(),
            _ => node.ToJsonString(),
        },
    };
}
