namespace GovDesign.Forms.Loading;

/// <summary>A line and column in a source file, both 1-based; the column counts characters.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>
/// Where every value of a JSON document starts, by JSON pointer, so that problems found later
/// (by the schema or by the checks on the definition) can name their line and column.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    internal SourceMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    internal void AddValue(string pointer, long offset) => _values[pointer] = offset;

    internal void AddKey(string pointer, long offset) => _keys[pointer] = offset;

    /// <summary>Where the value at <paramref name="pointer"/> starts; for a pointer that does not exist, where its nearest existing parent starts.</summary>
    /// <param name="pointer">A JSON pointer.</param>
    /// <returns>The line and column.</returns>
    public SourcePosition Locate(string pointer) => PositionOf(Find(pointer, _values));

    /// <summary>Where the property name of the member at <paramref name="pointer"/> starts (for array items and the root, where the value starts).</summary>
    /// <param name="pointer">A JSON pointer.</param>
    /// <returns>The line and column.</returns>
    public SourcePosition LocateKey(string pointer) =>
        _keys.TryGetValue(pointer, out var offset) ? PositionOf(offset) : Locate(pointer);

    private static long Find(string pointer, Dictionary<string, long> map)
    {
        while (true)
        {
            if (map.TryGetValue(pointer, out var offset))
            {
                return offset;
            }

            if (pointer.Length == 0)
            {
                return 0;
            }

            pointer = pointer[..pointer.LastIndexOf('/')];
        }
    }

    internal SourcePosition PositionOf(long offset)
    {
        var line = _lineStarts.BinarySearch((int)Math.Min(offset, int.MaxValue));
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, Characters(_lineStarts[line], offset) + 1);
    }

    internal SourcePosition PositionOf(long line0, long bytePositionInLine)
    {
        var index = (int)Math.Clamp(line0, 0, _lineStarts.Count - 1);
        var start = _lineStarts[index];
        return new SourcePosition(index + 1, Characters(start, start + bytePositionInLine) + 1);
    }

    private int Characters(int start, long end)
    {
        var count = 0;
        for (var i = start; i < end && i < _utf8.Length; i++)
        {
            // Count every byte that starts a character (not a UTF-8 continuation byte).
            if ((_utf8[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Escapes one reference token of a JSON pointer (<c>~</c> to <c>~0</c>, <c>/</c> to <c>~1</c>).</summary>
    /// <param name="token">A property name or array index.</param>
    /// <returns>The escaped token.</returns>
    public static string Escape(string token) =>
        token.Contains('~') || token.Contains('/') ? token.Replace("~", "~0").Replace("/", "~1") : token;
}
