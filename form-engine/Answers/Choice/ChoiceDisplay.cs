using System.Text.Json.Serialization;

namespace GovDesign.Forms.Answers;

/// <summary>How a single choice question shows its options.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceDisplay>))]
public enum ChoiceDisplay
{
    /// <summary>Radios, or a select (dropdown) when there are more than 10 options.</summary>
    [JsonStringEnumMemberName("auto")] Auto,

    /// <summary>Radios, however many options there are.</summary>
    [JsonStringEnumMemberName("radios")] Radios,

    /// <summary>A select (dropdown), however few options there are.</summary>
    [JsonStringEnumMemberName("select")] Select,
}
