using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>Loads a definition marked with § where the one diagnostic expected should point.</summary>
internal static class SingleDiagnostic
{
    /// <summary>Asserts the definition gives exactly one diagnostic, with this code and pointer, at the §, and no form.</summary>
    public static Diagnostic Only(string marked, string code, string pointer)
    {
        var source = Marked.Parse(marked);
        var result = FormLoader.Load(source.Json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Form);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(pointer, diagnostic.Pointer);
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
        return diagnostic;
    }

    /// <summary>Asserts the definition loads with exactly one diagnostic, a warning with this code and pointer, at the §.</summary>
    public static Diagnostic OnlyWarning(string marked, string code, string pointer)
    {
        var source = Marked.Parse(marked);
        var result = FormLoader.Load(source.Json);

        Assert.NotNull(result.Form);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, DiagnosticSeverity.Warning, pointer), (diagnostic.Code, diagnostic.Severity, diagnostic.Pointer));
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
        return diagnostic;
    }
}
