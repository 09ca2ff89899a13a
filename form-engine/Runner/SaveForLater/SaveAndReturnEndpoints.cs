using System.Globalization;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Endpoints;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Forms.Storage;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovDesign.Forms.Runner.SaveForLater;

/// <summary>
/// Save and return: "Save and come back later" on a question page keeps the page's valid answers and asks
/// for an email address; the link emailed opens a page whose button (a POST, so that mail scanners that
/// follow links do not use it up) brings the journey back, once, on any runner sharing the database.
/// </summary>
internal static class SaveAndReturnEndpoints
{
    /// <summary>The name of the secondary button on question pages; posted only when it is the button pressed.</summary>
    public const string SaveField = "save-and-return";

    private const string Path = "save-and-return";
    private const string SentPath = "save-and-return/sent";

    public static void Map(RouteGroupBuilder group, string[] read)
    {
        group.MapMethods("/{form}/" + Path, read, GetEmail);
        group.MapPost("/{form}/" + Path, PostEmailAsync);
        group.MapMethods("/{form}/" + SentPath, read, Sent);
        group.MapMethods("/{form}/" + Path + "/{token}", read, GetLinkAsync);
        group.MapPost("/{form}/" + Path + "/{token}", PostLinkAsync);
    }

    /// <summary>The secondary button's text on <paramref name="page"/>; null where there is no such button (the form does not offer it, an add-another or exit page, a page without questions).</summary>
    public static string? SaveTextFor(RunnerRequest request, Page page) =>
        request.SaveLinks is not null && page.Repeat is null && !page.IsExit && page.Questions.Count > 0 ? request.Text["SaveAndComeBackLater"].Value : null;

    /// <summary>Whether a question page's post was "Save and come back later" on a form that offers it.</summary>
    public static bool Asked(RunnerRequest request, IFormCollection posted) => request.SaveLinks is not null && posted.ContainsKey(SaveField);

    /// <summary>
    /// Keeps the page's valid answers without asking for the rest: an answer left empty or not valid is not
    /// saved (an earlier answer to it goes too), so the question is asked again on return. Then asks where to send the link.
    /// </summary>
    public static async Task<IResult> SaveAnswersAsync(RunnerRequest request, Page page, IFormCollection posted)
    {
        if (!Navigation.CanShow(request, page) || page.IsExit)
        {
            return RunnerPages.Redirect(Navigation.ResumeHref(request));
        }

        var (values, _, byQuestion, _) = await QuestionEndpoints.ReadAsync(request, page, posted, name => request.Answers.TryGetAnswer(name, out var value) ? value : null, countErrors: false);
        foreach (var question in page.Questions)
        {
            if (byQuestion.GetValueOrDefault(question.Name, []).Count == 0)
            {
                request.Answers.Set(question.Name, values[question.Name]);
            }
            else
            {
                request.Answers.Remove(question.Name);
            }
        }

        await request.SaveAsync();
        return RunnerPages.Redirect(request.Href(Path));
    }

    private static IResult GetEmail(RunnerRequest request)
    {
        if (Refuse(request) is { } refusal)
        {
            return refusal;
        }

        var prefill = request.Form.Definition.SaveAndReturn!.EmailQuestion is { } question && request.Answers.TryGetAnswer(question, out var value) ? value : null;
        return SaveLinkPages.Email(request, new AnswerState { Value = prefill?.DeepClone() }, []);
    }

    private static async Task<IResult> PostEmailAsync(RunnerRequest request)
    {
        var (posted, refused) = await request.ReadPostAsync();
        if (refused is not null)
        {
            return refused;
        }

        if (Refuse(request) is { } refusal)
        {
            return refusal;
        }

        var result = SaveLinkPages.EmailType.Read(SaveLinkPages.Ask(request), posted!);
        if (result.Errors.Count > 0 || result.Value?.GetValue<string>() is not { } address)
        {
            return SaveLinkPages.Email(request, new AnswerState { Posted = posted, Errors = result.Errors }, result.Errors);
        }

        var links = request.SaveLinks!;
        var cancel = request.Http.RequestAborted;
        var now = links.Time.GetUtcNow();
        var addressHash = SaveLinkToken.HashText("address", address.ToLowerInvariant());
        var clientHash = SaveLinkToken.HashText("client", request.Http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var (forAddress, forClient) = await links.Store.CountSavedJourneysAsync(addressHash, clientHash, now - links.Options.RateWindow, cancel);
        if (forAddress >= links.Options.LinksPerAddress || forClient >= links.Options.LinksPerClient)
        {
            Telemetry.RunnerLog.SaveLinkLimited(links.Logger, request.Form.Slug, forAddress >= links.Options.LinksPerAddress ? "address" : "client");
            return SaveLinkPages.TooMany(request, links.Options.RateWindow);
        }

        var (token, hash) = SaveLinkToken.Create();
        var saved = request.ForLater(hash, now, links.LinkLifetime) with { AddressHash = addressHash, ClientHash = clientHash };
        await links.Store.SaveJourneyForLaterAsync(saved, cancel);

        var text = request.Text;
        var title = request.Form.Definition.Title.In(request.Language);
        var link = request.AbsoluteHref($"{Path}/{token}") + (request.Language != request.Form.Definition.DefaultLanguage ? "?lang=" + Uri.EscapeDataString(request.Language) : "");
        var subject = string.Format(CultureInfo.CurrentCulture, text["SaveLinkEmailSubject"], title);
        var body = string.Format(CultureInfo.CurrentCulture, text["SaveLinkEmailBody"], title, link, SaveLinkPages.Date(saved.ExpiresAt));
        if (!await links.SendAsync(request.Form.Slug, address, subject, body, cancel))
        {
            await links.Store.WithdrawSavedJourneyAsync(hash, links.Time.GetUtcNow(), CancellationToken.None);
            return SaveLinkPages.NotSent(request);
        }

        return RunnerPages.Redirect(SaveLinkPages.WithQuery(request.Href(SentPath), "to", SaveLinkPages.Protect(request, address, saved.ExpiresAt)));
    }

    private static IResult Sent(RunnerRequest request) =>
        request.SaveLinks is null ? RunnerPages.Message(request, StatusCodes.Status404NotFound) : SaveLinkPages.CheckEmail(request, request.Href(Path));

    private static async Task<IResult> GetLinkAsync(RunnerRequest request, string token)
    {
        if (request.SaveLinks is not { } links)
        {
            return RunnerPages.Message(request, StatusCodes.Status404NotFound);
        }

        var (status, saved) = SaveLinkToken.HashOf(token) is { } hash
            ? await links.Store.FindSavedJourneyAsync(request.Form.Slug, hash, links.Time.GetUtcNow(), request.Http.RequestAborted)
            : (SavedJourneyStatus.Unknown, null);
        return status == SavedJourneyStatus.Usable ? SaveLinkPages.Continue(request, saved!) : SaveLinkPages.LinkProblem(request, status);
    }

    private static async Task<IResult> PostLinkAsync(RunnerRequest request, string token)
    {
        var (_, refused) = await request.ReadPostAsync();
        if (refused is not null)
        {
            return refused;
        }

        if (request.SaveLinks is not { } links)
        {
            return RunnerPages.Message(request, StatusCodes.Status404NotFound);
        }

        var status = SaveLinkToken.HashOf(token) is { } hash ? await request.RestoreAsync(links.Store, hash, links.Time.GetUtcNow()) : SavedJourneyStatus.Unknown;
        if (status != SavedJourneyStatus.Usable)
        {
            return SaveLinkPages.LinkProblem(request, status);
        }

        request.UseCulture();
        return RunnerPages.Redirect(Navigation.ResumeHref(request));
    }

    /// <summary>Where a request for the address page goes instead: 404 when the form does not offer save and return, else back into the form when there is nothing to save.</summary>
    private static IResult? Refuse(RunnerRequest request) =>
        request.SaveLinks is null ? RunnerPages.Message(request, StatusCodes.Status404NotFound)
        : request.Reference is not null || !request.HasJourney ? RunnerPages.Redirect(Navigation.ResumeHref(request))
        : null;
}
