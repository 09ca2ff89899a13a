using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>
/// Reads an <c>application/x-www-form-urlencoded</c> body as browsers write it. ASP.NET Core's reader
/// refuses a whole body when any value holds an encoded NUL (<c>%00</c>); this one keeps it, so the
/// answer type can name the field and the problem as it does for any other control character.
/// </summary>
internal static class UrlEncodedForm
{
    private const int MaxKeyLength = 256;

    /// <summary>The fields, or an exception: <see cref="BadHttpRequestException"/> (413) past <paramref name="maxBodyBytes"/>, <see cref="InvalidDataException"/> past the field limits.</summary>
    public static async Task<FormCollection> ReadAsync(HttpRequest request, Encoding encoding, long maxBodyBytes, int maxFields, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>(1024);
        while (true)
        {
            var read = await request.Body.ReadAsync(body.GetMemory(4096), cancellationToken);
            if (read == 0)
            {
                break;
            }

            body.Advance(read);
            if (body.WrittenCount > maxBodyBytes)
            {
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        return Parse(encoding.GetString(body.WrittenSpan), maxFields);
    }

    private static FormCollection Parse(string body, int maxFields)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (++count > maxFields)
            {
                throw new InvalidDataException($"More than {maxFields} form fields.");
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            if (key.Length > MaxKeyLength)
            {
                throw new InvalidDataException($"A form field's name is longer than {MaxKeyLength} characters.");
            }

            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            fields[key] = fields.TryGetValue(key, out var before) ? StringValues.Concat(before, value) : new StringValues(value);
        }

        return new FormCollection(fields);
    }

    /// <summary>A '+' is a space; percent escapes are UTF-8, and one that is not valid UTF-8 stays as it was typed.</summary>
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
