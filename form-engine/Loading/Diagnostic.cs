namespace GovDesign.Forms.Loading;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The form cannot be run until this is fixed.</summary>
    Error,

    /// <summary>The form runs, but this is probably a mistake.</summary>
    Warning,
}

/// <summary>
/// One problem found in a form definition, with the place it is at.
/// </summary>
/// <param name="Pointer">The JSON pointer (RFC 6901) of the value at fault, like <c>/pages/2/questions/0/type</c>; empty for the whole document.</param>
/// <param name="Line">The 1-based line the value (or, for a property, its name) starts on.</param>
/// <param name="Column">The 1-based column, in characters, the value starts at.</param>
/// <param name="Message">What is wrong and, where we can tell, how to fix it.</param>
/// <param name="Severity">Whether it stops the form from loading.</param>
public sealed record Diagnostic(string Pointer, int Line, int Column, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>A stable identifier for the kind of problem, like <c>schema.required</c> or <c>page.unreachable</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>The diagnostic as <c>line:column: message</c>, the form editors and compilers use.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() => $"{Line}:{Column}: {(Severity == DiagnosticSeverity.Warning ? "warning: " : "")}{Message}";
}
