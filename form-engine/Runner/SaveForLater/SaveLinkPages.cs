using System.Globalization;
using GovDesign.Forms.Runner.Endpoints;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Forms.Storage;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Forms.Runner.SaveForLater;

/// <summary>The pages of save and return, in the page's language.</summary>
internal static class SaveLinkPages
{
    /// <summary>The address question: the design system's email answer (typo suggestions and its messages in every language).</summary>
    public static readonly EmailAnswer EmailType = new();

    private const string ProtectorPurpose = "GovDesign.Forms.Runner.SaveAndReturn.SentTo";

    /// <summary>How long the "check your email" page can show the address it was sent to.</summary>
    private static readonly TimeSpan ShowAddressFor = TimeSpan.FromHours(1);

    public static AnswerQuestion Ask(RunnerRequest request)
    {
        var text = request.Text;
        var expires = Date(request.SaveLinks!.Time.GetUtcNow() + request.SaveLinks.LinkLifetime);
        return new AnswerQuestion("email", text["SaveEmailLabel"], text["SaveEmailSubject"]) { Hint = string.Format(CultureInfo.CurrentCulture, text["SaveEmailHint"], expires) };
    }

    public static IResult Email(RunnerRequest request, AnswerState state, IReadOnlyList<FieldError> errors)
    {
        var ask = Ask(request);
        return RunnerPages.Page<QuestionView>(request, new()
        {
            [nameof(QuestionView.Frame)] = request.Frame(ask.Label, Navigation.ResumeHref(request), withAntiforgery: true) with { Errors = errors },
            [nameof(QuestionView.Action)] = request.Href("save-and-return"),
            [nameof(QuestionView.Questions)] = new List<AskedQuestion> { new(EmailType, ask, state) },
            [nameof(QuestionView.ButtonText)] = request.Text["SaveSendLink"].Value,
        });
    }

    public static IResult CheckEmail(RunnerRequest request, string changeHref)
    {
        var text = request.Text;
        var (to, expires) = Unprotect(request, request.Http.Request.Query["to"].ToString());
        return RunnerPages.Page<CheckEmailView>(request, new()
        {
            [nameof(CheckEmailView.Frame)] = request.Frame(text["CheckEmailTitle"]),
            [nameof(CheckEmailView.SentToText)] = text["CheckEmailSentTo"].Value,
            [nameof(CheckEmailView.SentTo)] = to,
            [nameof(CheckEmailView.Paragraphs)] = new List<string>
            {
                expires is { } until ? string.Format(CultureInfo.CurrentCulture, text["CheckEmailWorksUntil"], Date(until)) : text["CheckEmailWorksOnce"].Value,
                text["CheckEmailSpam"].Value,
            },
            [nameof(CheckEmailView.ChangeHref)] = changeHref,
            [nameof(CheckEmailView.ChangeText)] = text["CheckEmailChange"].Value,
            [nameof(CheckEmailView.ContinueHref)] = Navigation.ResumeHref(request),
            [nameof(CheckEmailView.ContinueText)] = text["CheckEmailContinue"].Value,
        });
    }

    public static IResult Continue(RunnerRequest request, SavedJourney saved)
    {
        var text = request.Text;
        return RunnerPages.Page<ContinueSavedView>(request, new()
        {
            [nameof(ContinueSavedView.Frame)] = request.Frame(text["ContinueSavedTitle"], withAntiforgery: true),
            [nameof(ContinueSavedView.Paragraphs)] = new List<string>
            {
                string.Format(CultureInfo.CurrentCulture, text["ContinueSavedWhen"], Date(saved.SavedAt)),
                text["ContinueSavedOnce"].Value,
            },
            [nameof(ContinueSavedView.Action)] = request.SelfHref,
            [nameof(ContinueSavedView.ButtonText)] = text["ContinueSavedButton"].Value,
        });
    }

    /// <summary>A link that does not work: 410 when it expired or was used, 404 when it is not known (mistyped, forged or deleted).</summary>
    public static IResult LinkProblem(RunnerRequest request, SavedJourneyStatus status)
    {
        var (key, code) = status switch
        {
            SavedJourneyStatus.Expired => ("LinkExpired", StatusCodes.Status410Gone),
            SavedJourneyStatus.Used => ("LinkUsed", StatusCodes.Status410Gone),
            _ => ("LinkUnknown", StatusCodes.Status404NotFound),
        };
        return Notice(request, key, code, request.FormHref, request.Text["StartAgain"]);
    }

    public static IResult TooMany(RunnerRequest request, TimeSpan window)
    {
        request.Http.Response.Headers.RetryAfter = ((long)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Notice(request, "TooManyLinks", StatusCodes.Status429TooManyRequests, Navigation.ResumeHref(request), request.Text["CheckEmailContinue"]);
    }

    public static IResult NotSent(RunnerRequest request) =>
        Notice(request, "LinkNotSent", StatusCodes.Status503ServiceUnavailable, Navigation.ResumeHref(request), request.Text["CheckEmailContinue"]);

    /// <summary>A date as a citizen reads it, in the page's language: "4 January 2027".</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string WithQuery(string href, string name, string value) =>
        $"{href}{(href.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{name}={Uri.EscapeDataString(value)}";

    /// <summary>The address and expiry, encrypted and good for an hour, for the "check your email" page's address: so that neither is stored nor readable in a log of addresses.</summary>
    public static string Protect(RunnerRequest request, string address, DateTimeOffset expires) =>
        Protector(request).Protect($"{expires.UtcTicks.ToString(CultureInfo.InvariantCulture)}\n{address}", ShowAddressFor);

    private static (string? Address, DateTimeOffset? Expires) Unprotect(RunnerRequest request, string value)
    {
        try
        {
            var parts = value.Length == 0 ? Array.Empty<string>() : Protector(request).Unprotect(value).Split('\n', 2);
            return parts is [var ticks, var address] && long.TryParse(ticks, CultureInfo.InvariantCulture, out var t)
                ? (address, new DateTimeOffset(t, TimeSpan.Zero))
                : (null, null);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            // Expired, from another key ring, or made up: the page is shown without the address.
            return (null, null);
        }
    }

    private static ITimeLimitedDataProtector Protector(RunnerRequest request) =>
        request.Http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(ProtectorPurpose).ToTimeLimitedDataProtector();

    private static IResult Notice(RunnerRequest request, string key, int status, string linkHref, string linkText) =>
        RunnerPages.Page<NoticeView>(request, new()
        {
            [nameof(NoticeView.Frame)] = request.Frame(request.Text[key + "Title"]),
            [nameof(NoticeView.Paragraphs)] = new List<string> { request.Text[key + "Body"].Value },
            [nameof(NoticeView.LinkHref)] = linkHref,
            [nameof(NoticeView.LinkText)] = linkText,
        }, status);
}
