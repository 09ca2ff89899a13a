using System.IO.Pipelines;
using System.Text;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>
/// Writes text as UTF-8 straight into a response's pipe, so a page never exists as one string: the
/// renderer's output goes from its tree to the pooled buffers Kestrel sends from. Nothing is sent
/// until the pipe is flushed.
/// </summary>
/// <param name="pipe">The response body's writer.</param>
internal sealed class PipeTextWriter(PipeWriter pipe) : TextWriter
{
    private const int MostBytesAtOnce = 4096;
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, flush: false);

    /// <summary>Ends the text: a lone high surrogate left at the end is written as a replacement character.</summary>
    public override void Flush() => Encode([], flush: true);

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        var completed = false;
        while (!completed)
        {
            var span = pipe.GetSpan(Math.Min(Encoding.UTF8.GetMaxByteCount(Math.Max(chars.Length, 2)), MostBytesAtOnce));
            _encoder.Convert(chars, span, flush, out var used, out var written, out completed);
            pipe.Advance(written);
            chars = chars[used..];
        }
    }
}
