using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Reads a JSON document with <see cref="Utf8JsonReader"/> into a <see cref="JsonNode"/> tree,
/// recording where each value starts in the <see cref="SourceMap"/>. A syntax error is reported
/// with its line and column and stops the read (nothing after it can be trusted).
/// </summary>
internal static class JsonTreeReader
{
    private const int MaxDepth = 128;

    private sealed class Frame(JsonNode container, string pointer)
    {
        public JsonNode Container { get; } = container;
        public string Pointer { get; } = pointer;
        public string? Key { get; set; }
        public long KeyOffset { get; set; }
        public int Index { get; set; }
    }

    public static JsonNode? Read(byte[] utf8, DiagnosticBag diagnostics)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        var stack = new Stack<Frame>();
        JsonNode? root = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = stack.Peek();
                        frame.Key = reader.GetString();
                        frame.KeyOffset = reader.TokenStartIndex;
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        JsonNode container = reader.TokenType == JsonTokenType.StartObject ? new JsonObject() : new JsonArray();
                        var pointer = Attach(stack, container, reader.TokenStartIndex, diagnostics, ref root);
                        stack.Push(new Frame(container, pointer));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        Attach(stack, Scalar(ref reader), reader.TokenStartIndex, diagnostics, ref root);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var position = diagnostics.Map.PositionOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            diagnostics.AddAt("json.syntax", "", position, "The file is not valid JSON: " + Describe(e.Message));
            return null;
        }
        catch (FormatException)
        {
            diagnostics.AddAt("json.syntax", "", diagnostics.Map.PositionOf(reader.TokenStartIndex), "This number is too large or too small to read.");
            return null;
        }
        catch (InvalidOperationException)
        {
            diagnostics.AddAt("json.syntax", "", diagnostics.Map.PositionOf(reader.TokenStartIndex), "The file is not valid UTF-8 text.");
            return null;
        }

        return root;
    }

    private static JsonNode? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => JsonValue.Create(reader.GetString()),
        JsonTokenType.Number => reader.TryGetDecimal(out var d) ? JsonValue.Create(d)
            : reader.TryGetDouble(out var x) && double.IsFinite(x) ? JsonValue.Create(x)
            : throw new FormatException("The number is out of range."),
        JsonTokenType.True => JsonValue.Create(true),
        JsonTokenType.False => JsonValue.Create(false),
        _ => null,
    };

    private static string Attach(Stack<Frame> stack, JsonNode? node, long offset, DiagnosticBag diagnostics, ref JsonNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            diagnostics.Map.AddValue("", offset);
            return "";
        }

        var parent = stack.Peek();
        string pointer;
        if (parent.Container is JsonObject obj)
        {
            var key = parent.Key!;
            pointer = parent.Pointer + "/" + SourceMap.Escape(key);
            diagnostics.Map.AddKey(pointer, parent.KeyOffset);
            if (obj.ContainsKey(key))
            {
                diagnostics.Map.AddValue(pointer, offset);
                diagnostics.Error("json.duplicateKey", pointer, $"The property \"{key}\" is given twice in the same object; only the last is used. Remove one.", atKey: true);
                obj.Remove(key);
            }

            obj[key] = node;
        }
        else
        {
            pointer = parent.Pointer + "/" + parent.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parent.Index++;
            ((JsonArray)parent.Container).Add(node);
        }

        diagnostics.Map.AddValue(pointer, offset);
        return pointer;
    }

    private static string Describe(string message)
    {
        // System.Text.Json appends " LineNumber: n | BytePositionInLine: m."; we give the position ourselves.
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
