namespace GovDesign.Forms.Definitions;

/// <summary>
/// A form's <c>saveAndReturn</c>: citizens may save their answers and come back later through a
/// single-use link sent by email. The runner's configuration (<c>FormRunner:SaveAndReturn</c>) says
/// how long the link works and how often it may be asked for.
/// </summary>
public sealed record SaveAndReturnSettings
{
    /// <summary>The name of an email question whose answer, once given, is filled in as the address the link goes to; null for none.</summary>
    public string? EmailQuestion { get; init; }

    /// <summary>Where <c>saveAndReturn</c> is in the definition's text, for the runner's own diagnostics about it.</summary>
    internal Loading.SourcePosition At { get; init; }
}
