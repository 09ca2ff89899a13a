using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Finds the form and page a request names, reads POSTs safely, and hands over to the page's handler.</summary>
internal static class RunnerDispatch
{
    private const long RoomForTheRestOfThePage = 256 * 1024;

    public static Task FormListAsync(HttpContext http, string prefix)
    {
        var catalogue = http.RequestServices.GetRequiredService<FormCatalogue>();
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        return PageWriter.WriteAsync<FormListView>(http, StatusCodes.Status200OK, new()
        {
            [nameof(FormListView.Frame)] = new PageFrame(text["FormsTitle"]) { Layout = Pages.PlainLayout(http) },
            [nameof(FormListView.Forms)] = catalogue.All.Select(f => (f.Definition.Title.In(f.Definition.DefaultLanguage), $"{prefix}/{f.Slug}/")).ToList(),
        });
    }

    public static async Task StartAsync(HttpContext http, string prefix, string slug)
    {
        if (await LoadAsync(http, prefix, slug) is not { } request)
        {
            return;
        }

        request.UseCulture();

        if (request.Reference is not null)
        {
            request.StartAgain();
        }

        var first = request.Journey.FirstPage(request.Answers);
        await PageWriter.WriteAsync<StartView>(http, StatusCodes.Status200OK, new()
        {
            [nameof(StartView.Frame)] = request.Frame(request.Form.Definition.Title.In(request.Language)),
            [nameof(StartView.StartHref)] = first is null ? request.Href(Navigation.CheckAnswers) : request.Href(first.Path),
            [nameof(StartView.ContentHtml)] = MarkdownText.Html(request.Form.Definition.Start.Content, request.Language),
            [nameof(StartView.ButtonText)] = request.Form.Definition.Start.ButtonText?.In(request.Language),
        });
    }

    public static async Task CheckAnswersAsync(HttpContext http, string prefix, string slug, bool post)
    {
        if (await LoadAsync(http, prefix, slug) is not { } request)
        {
            return;
        }

        // Sent already: going back and sending again changes nothing, so it needs no token (the page's
        // token belonged to the session the journey had before it was sent).
        if (post && request.Reference is not null)
        {
            await Pages.RedirectAsync(http, request.Href(Navigation.Confirmation));
            return;
        }

        // Send clicked twice: the second click may come with the cookie the first one replaced.
        var sentAMomentAgo = post && await request.FindJustSubmittedAsync();
        if (post && await ReadPostAsync(request) is null)
        {
            return;
        }

        if (sentAMomentAgo)
        {
            await request.MoveToNewSessionAsync();
        }

        request.UseCulture();

        await (post ? CheckAnswersEndpoints.PostAsync(request) : CheckAnswersEndpoints.GetAsync(request));
    }

    public static async Task ConfirmationAsync(HttpContext http, string prefix, string slug)
    {
        if (await LoadAsync(http, prefix, slug) is { } request)
        {
            request.UseCulture();
            await CheckAnswersEndpoints.ConfirmationAsync(request);
        }
    }

    public static async Task PageAsync(HttpContext http, string prefix, string slug, string path, int? item, bool post)
    {
        if (await LoadAsync(http, prefix, slug) is not { } request)
        {
            return;
        }

        var posted = post ? await ReadPostAsync(request) : null;
        if (post && posted is null)
        {
            return;
        }

        request.UseCulture();

        var page = request.Form.Definition.FindPage(path);
        if (page is null || (item is not null && page.Repeat is null))
        {
            await Pages.MessageAsync(http, StatusCodes.Status404NotFound, request);
            return;
        }

        if (request.Reference is not null)
        {
            await Pages.RedirectAsync(http, request.Href(Navigation.Confirmation));
            return;
        }

        var handled = (page.Repeat, item, posted) switch
        {
            (null, _, null) => QuestionEndpoints.GetAsync(request, page),
            (null, _, { } form) => QuestionEndpoints.PostAsync(request, page, form),
            (_, null, null) => RepeatEndpoints.SummaryGetAsync(request, page),
            (_, null, { } form) => RepeatEndpoints.SummaryPostAsync(request, page, form),
            (_, { } n, null) => RepeatEndpoints.ItemGetAsync(request, page, n),
            (_, { } n, { } form) => RepeatEndpoints.ItemPostAsync(request, page, n, form),
        };
        await handled;
    }

    public static async Task RemoveAsync(HttpContext http, string prefix, string slug, string path, int item)
    {
        if (await LoadAsync(http, prefix, slug) is not { } request || await ReadPostAsync(request) is null)
        {
            return;
        }

        request.UseCulture();

        if (request.Form.Definition.FindPage(path) is not { Repeat: not null } page || request.Reference is not null)
        {
            await Pages.MessageAsync(http, StatusCodes.Status404NotFound, request);
            return;
        }

        await RepeatEndpoints.RemoveAsync(request, page, item);
    }

    public static async Task FailedAsync(HttpContext http, Exception exception)
    {
        http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("GovDesign.Forms.Runner").LogError(exception, "The form runner failed on {Method} {Path}", http.Request.Method, http.Request.Path);
        if (!http.Response.HasStarted)
        {
            http.Response.Clear();
            await Pages.MessageAsync(http, StatusCodes.Status500InternalServerError, null);
        }
    }

    private static async Task<RunnerRequest?> LoadAsync(HttpContext http, string prefix, string slug)
    {
        var form = http.RequestServices.GetRequiredService<FormCatalogue>().Find(slug);
        if (form is null)
        {
            await Pages.MessageAsync(http, StatusCodes.Status404NotFound, null);
            return null;
        }

        return await RunnerRequest.LoadAsync(http, form, prefix);
    }

    /// <summary>
    /// The POSTed form, its token checked against the request's session, or null after answering with a
    /// friendly 4xx page. A form with a file question takes a body as big as its largest file and room for
    /// the rest of the page, so the citizen gets the question's own "must be smaller than" message rather
    /// than a refused request.
    /// </summary>
    private static async Task<IFormCollection?> ReadPostAsync(RunnerRequest request)
    {
        var http = request.Http;
        var limit = Math.Max(request.Options.MaxRequestBodyBytes, request.Form.LargestFile + RoomForTheRestOfThePage);
        var (form, status) = await PostedForm.ReadAsync(http, request.Options, limit, http.RequestServices.GetRequiredService<IAntiforgery>());
        if (form is null)
        {
            await Pages.MessageAsync(http, status, null);
        }

        return form;
    }
}
