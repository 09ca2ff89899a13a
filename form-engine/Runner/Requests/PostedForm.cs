using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>
/// Reads a POSTed form within the runner's limits and checks its antiforgery token. Anything wrong
/// gives a status (400, 413, 415) for a friendly page, never an exception.
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

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBodyBytes;
        }

        context.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            ValueCountLimit = options.MaxFormFields,
            KeyLengthLimit = 256,
            ValueLengthLimit = (int)Math.Min(int.MaxValue, maxBodyBytes),
            MultipartBodyLengthLimit = maxBodyBytes,
            MultipartHeadersCountLimit = 16,
            BufferBody = false,
        }));

        try
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            await antiforgery.ValidateRequestAsync(context);
            return (form, StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode is StatusCodes.Status413PayloadTooLarge ? e.StatusCode : StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is InvalidDataException or AntiforgeryValidationException or IOException or FormatException or OperationCanceledException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }
    }
}
