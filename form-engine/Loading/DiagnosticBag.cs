namespace GovDesign.Forms.Loading;

/// <summary>Collects diagnostics, turning pointers into lines and columns through the source map.</summary>
internal sealed class DiagnosticBag(SourceMap map)
{
    private readonly List<Diagnostic> _items = [];

    public SourceMap Map { get; } = map;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(string code, string pointer, string message, bool atKey = false) =>
        Add(code, pointer, message, DiagnosticSeverity.Error, atKey);

    public void Warning(string code, string pointer, string message, bool atKey = false) =>
        Add(code, pointer, message, DiagnosticSeverity.Warning, atKey);

    public void Add(string code, string pointer, string message, DiagnosticSeverity severity, bool atKey)
    {
        var position = atKey ? Map.LocateKey(pointer) : Map.Locate(pointer);
        _items.Add(new Diagnostic(pointer, position.Line, position.Column, message, severity) { Code = code });
    }

    public void AddAt(string code, string pointer, SourcePosition position, string message) =>
        _items.Add(new Diagnostic(pointer, position.Line, position.Column, message) { Code = code });
}
