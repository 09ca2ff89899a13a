using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace GovDesign.Site.Playground;

/// <summary>
/// Reads the definition POSTed from the playground within its limits, after checking the
/// antiforgery token. Anything wrong gives a status (400, 413, 415) and a sentence saying why, never an exception.
/// </summary>
internal static class PostedDefinition
{
    public static async Task<(string? Json, int Status, string? Problem)> ReadAsync(HttpContext http, PlaygroundOptions options)
    {
        var request = http.Request;
        var tooLarge = $"The definition is too large: the playground takes up to {options.MaxDefinitionBytes / 1024} KB.";
        if (request.ContentLength > options.MaxRequestBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }

        if (!request.HasFormContentType)
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "Send the definition from the playground's form.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxRequestBytes;
        }

        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            ValueCountLimit = 8,
            KeyLengthLimit = 64,
            ValueLengthLimit = (int)options.MaxRequestBytes,
            MultipartBodyLengthLimit = options.MaxRequestBytes,
            MultipartHeadersCountLimit = 8,
            BufferBody = false,
        }));

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(http.RequestAborted);
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }
        catch (AntiforgeryValidationException)
        {
            return (null, StatusCodes.Status400BadRequest, "The page had expired or did not come from this site. Open the playground again and paste your definition.");
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException or FormatException or OperationCanceledException)
        {
            return (null, StatusCodes.Status400BadRequest, "The request could not be read. Open the playground again and paste your definition.");
        }

        var json = form["definition"].ToString();
        if (Encoding.UTF8.GetByteCount(json) > options.MaxDefinitionBytes)
        {
            return (json, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }

        return json.Trim().Length == 0
            ? (json, StatusCodes.Status400BadRequest, "Enter a form definition.")
            : (json, StatusCodes.Status200OK, null);
    }
}
