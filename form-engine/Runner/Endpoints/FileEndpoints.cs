using GovDesign.Forms.Delivery.Files;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// <c>GET /{form}/_files/{file id}?token=...</c>: the download link a webhook carries (<see cref="FileLinks"/>).
/// Sends a submitted file when the token was made for that form and file and has not expired; 403 for a
/// missing, changed, foreign or expired token, 404 when the runner does not (or no longer) hold the file.
/// Refusals are plain text, for the receiving system or the caseworker who opens the link.
/// </summary>
internal static class FileEndpoints
{
    public static async Task<IResult> DownloadAsync(HttpContext http, string form, string fileId, string? token)
    {
        if (!FileLinks.IsValid(http.RequestServices, form, fileId, token))
        {
            return Results.Text("This download link is not valid, or has expired. Ask for the file again, or export it with: govdesign forms export <form> --files <folder>.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var file = await RunnerEndpoint.Of(http).Runner.Store.GetFileAsync(fileId, http.RequestAborted);
        if (file is null || file.SubmissionReference is null || !string.Equals(file.FormSlug, form, StringComparison.Ordinal))
        {
            return Results.Text("The runner does not hold this file: it may have been deleted after its retention period.", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.File(file.Content, file.ContentType, file.Name);
    }
}
