using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Answers;

/// <summary>
/// Binds a question's JSON to its kind's settings record: camelCase names as the form schema writes
/// them, the question's other properties (name, label ...) skipped, text given once or per language.
/// </summary>
public static class SettingsJson
{
    /// <summary>The options settings bind with; the schema parity test writes defaults with them too.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Named, so that GetTypeInfo answers before anything has been read with these options.
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        Converters = { new LocalTextConverter(), new WholeNumberConverter() },
    };

    internal static TSettings? Read<TSettings>(JsonObject question)
        where TSettings : AnswerSettings
    {
        try
        {
            return question.Deserialize<TSettings>(Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Text given as one string, or as an object of strings by language.</summary>
    private sealed class LocalTextConverter : JsonConverter<LocalText>
    {
        public override LocalText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new LocalText(reader.GetString()!);
            }

            var byLanguage = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? [];
            return byLanguage.Count == 0 ? null : new LocalText(byLanguage);
        }

        public override void Write(Utf8JsonWriter writer, LocalText value, JsonSerializerOptions options)
        {
            if (value.ByLanguage.Count == 0)
            {
                writer.WriteStringValue(value.ToString());
            }
            else
            {
                JsonSerializer.Serialize(writer, value.ByLanguage, options);
            }
        }
    }

    /// <summary>A whole number as JSON Schema's <c>integer</c> allows it: <c>5</c> or <c>5.0</c>.</summary>
    private sealed class WholeNumberConverter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetDecimal();
            return value == decimal.Truncate(value) ? decimal.ToInt32(value) : throw new JsonException($"{value} is not a whole number.");
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
