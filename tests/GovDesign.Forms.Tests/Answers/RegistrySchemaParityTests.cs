using System.Text.Json;
using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Answers;

/// <summary>
/// The form schema and the answer kind registry describe the same question types, in both directions:
/// every kind is a type in the schema and every type a kind; every setting of a kind's record is a
/// property of its schema entry and every property a setting (besides what every question has); and a
/// setting's default is the schema's <c>default</c>, or neither has one.
/// </summary>
public sealed class RegistrySchemaParityTests
{
    /// <summary>What every question has, read by the loader itself rather than a kind's settings.</summary>
    private static readonly string[] Common = ["name", "type", "label", "hint", "subject", "optional", "messages", "prefill", "locked"];

    private static Dictionary<string, JsonObject> SchemaTypes() => FormLoader.Schema["$defs"]!["question"]!["oneOf"]!.AsArray()
        .OfType<JsonObject>().ToDictionary(t => t["properties"]!["type"]!["const"]!.GetValue<string>(), t => t["properties"]!.AsObject(), StringComparer.Ordinal);

    [Fact]
    public void Kinds_InTheRegistryAndTheSchema_AreTheSameInTheSameOrder()
    {
        var schema = FormLoader.Schema["$defs"]!["question"]!["oneOf"]!.AsArray().Select(t => t!["properties"]!["type"]!["const"]!.GetValue<string>());

        Assert.Equal(schema, AnswerKinds.All.Select(k => k.Name));
    }

    [Fact]
    public void Settings_OfEveryKind_AreTheSchemaPropertiesBesidesWhatEveryQuestionHas()
    {
        var types = SchemaTypes();

        foreach (var kind in AnswerKinds.All)
        {
            var inSchema = types[kind.Name].Select(p => p.Key).Except(Common).Except(["options"]).Order(StringComparer.Ordinal);
            var inRecord = Properties(kind).Select(p => p.Name).Order(StringComparer.Ordinal);

            Assert.True(inSchema.SequenceEqual(inRecord), $"{kind.Name}: the schema has {string.Join(", ", inSchema)}; {kind.SettingsType.Name} has {string.Join(", ", inRecord)}.");
            Assert.True(kind.HasOptions == types[kind.Name].ContainsKey("options"), $"{kind.Name}: options in the schema and HasOptions disagree.");
        }
    }

    [Fact]
    public void Defaults_OfEverySetting_AreTheSchemaDefaults()
    {
        var types = SchemaTypes();

        foreach (var kind in AnswerKinds.All)
        {
            foreach (var property in Properties(kind))
            {
                var value = property.Get!(kind.DefaultSettings);
                var recordDefault = value is null ? null : JsonSerializer.SerializeToNode(value, property.PropertyType, SettingsJson.Options);
                var schemaDefault = types[kind.Name][property.Name]!["default"];

                Assert.True(JsonNode.DeepEquals(recordDefault, schemaDefault), $"{kind.Name}.{property.Name}: the record's default is {recordDefault?.ToJsonString() ?? "none"}, the schema's {schemaDefault?.ToJsonString() ?? "none"}.");
            }
        }
    }

    [Fact]
    public void Defaults_OfEveryKind_BindFromTheSchemaDefaults()
    {
        var types = SchemaTypes();

        foreach (var kind in AnswerKinds.All)
        {
            var question = new JsonObject();
            foreach (var (name, property) in types[kind.Name].Where(p => p.Value?["default"] is not null))
            {
                question[name] = property!["default"]!.DeepClone();
            }

            Assert.Equal(kind.DefaultSettings, kind.ReadSettings(question), SettingsComparer.Instance);
        }
    }

    [Fact]
    public void MessageKeys_OfEveryKind_AreInTheSchemaDescriptionOfItsType()
    {
        var schema = FormLoader.Schema["$defs"]!["question"]!["oneOf"]!.AsArray().OfType<JsonObject>()
            .ToDictionary(t => t["properties"]!["type"]!["const"]!.GetValue<string>(), t => t["description"]!.GetValue<string>(), StringComparer.Ordinal);

        foreach (var kind in AnswerKinds.All)
        {
            Assert.All(kind.MessageKeys.Keys, key => Assert.Contains(key, schema[kind.Name], StringComparison.Ordinal));
        }
    }

    private static IEnumerable<System.Text.Json.Serialization.Metadata.JsonPropertyInfo> Properties(AnswerKind kind) =>
        SettingsJson.Options.GetTypeInfo(kind.SettingsType).Properties;

    /// <summary>Records compare lists by reference; this compares settings by their JSON.</summary>
    private sealed class SettingsComparer : IEqualityComparer<AnswerSettings?>
    {
        public static readonly SettingsComparer Instance = new();

        public bool Equals(AnswerSettings? x, AnswerSettings? y) => JsonNode.DeepEquals(Json(x), Json(y));

        public int GetHashCode(AnswerSettings? obj) => 0;

        private static JsonNode? Json(AnswerSettings? settings) => settings is null ? null : JsonSerializer.SerializeToNode(settings, settings.GetType(), SettingsJson.Options);
    }
}
