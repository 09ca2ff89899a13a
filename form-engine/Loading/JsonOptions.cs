using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovDesign.Forms.Loading;

/// <summary>Serializer options shared by the loader's messages and storage.</summary>
internal static class JsonOptions
{
    /// <summary>Writes non-ASCII text as it is (messages are read by people, not parsed by browsers).</summary>
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
