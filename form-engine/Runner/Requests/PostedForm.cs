using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>
/// Reads a POSTed form within the runner's limits and checks its antiforgery token. Anything wrong
/// gives a status (400, 413, 415) for a friendly page, never an exception: a body over the limit is
/// 413 whether or not it says its length up front, and a charset .NET cannot decode (UTF-7, say) is 400.
/// </summary>
internal static class PostedForm
{
    public static async Task<(IFormCollection? Form, int Status)> ReadAsync(HttpContext context, FormRunnerOptions options, long maxBodyBytes, IAntiforgery antiforgery)
    {
        var request = context.Request;
        if (request.ContentLength > maxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        if (!request.HasFormContentType)
        {
            return (null, StatusCodes.Status415UnsupportedMediaType);
        }

        // The server counts the body as it arrives, chunked or not, and answers 413 past the limit; where
        // it cannot (another host), the readers' own length limits refuse the body instead.
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var serverCounts = size is { IsReadOnly: false };
        if (serverCounts)
        {
            size!.MaxRequestBodySize = maxBodyBytes;
        }

        try
        {
            var form = await ReadBodyAsync(context, options, maxBodyBytes, serverCounts);
            context.Features.Set<IFormFeature>(new FormFeature(form));
            await antiforgery.ValidateRequestAsync(context);
            return (form, StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode is StatusCodes.Status413PayloadTooLarge ? e.StatusCode : StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is InvalidDataException or AntiforgeryValidationException or IOException or FormatException or OperationCanceledException
            or NotSupportedException or ArgumentException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IFormCollection> ReadBodyAsync(HttpContext context, FormRunnerOptions options, long maxBodyBytes, bool serverCounts)
    {
        var request = context.Request;
        if (request.ContentType is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            // A charset .NET cannot decode (UTF-7 is disabled) throws NotSupportedException or ArgumentException here.
            var encoding = MediaTypeHeaderValue.Parse(type).Encoding ?? Encoding.UTF8;
            return await UrlEncodedForm.ReadAsync(request, encoding, maxBodyBytes, options.MaxFormFields, context.RequestAborted);
        }

        return await new FormFeature(request, new FormOptions
        {
            ValueCountLimit = options.MaxFormFields,
            KeyLengthLimit = 256,
            ValueLengthLimit = serverCounts ? int.MaxValue : (int)Math.Min(int.MaxValue, maxBodyBytes),
            MultipartBodyLengthLimit = serverCounts ? long.MaxValue : maxBodyBytes,
            MultipartHeadersCountLimit = 16,
            BufferBody = false,
        }).ReadFormAsync(context.RequestAborted);
    }
}
