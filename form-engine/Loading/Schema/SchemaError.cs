namespace GovDesign.Forms.Loading.Schema;

/// <summary>One failure of an instance against the schema, before it becomes a diagnostic.</summary>
/// <param name="Code">The diagnostic code, like <c>schema.type</c>.</param>
/// <param name="Pointer">Where the failure is.</param>
/// <param name="Owner">The pointer of the instance whose own shape failed (for a required or unknown property, the object).</param>
/// <param name="Message">The message.</param>
/// <param name="AtKey">Whether to point at the property name rather than its value.</param>
internal sealed record SchemaError(string Code, string Pointer, string Owner, string Message, bool AtKey = false)
{
    /// <summary>The instance was of the wrong JSON type altogether.</summary>
    public bool IsTypeMismatch => Code == "schema.type";
}
