using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>The list of forms, a form's start page, and the pages of a form, which hand over to their kind's handler.</summary>
internal static class FormEndpoints
{
    public static IResult List(HttpContext http)
    {
        var endpoint = RunnerEndpoint.Of(http);
        var runner = endpoint.Runner;
        var prefix = endpoint.PrefixFor(http);
        return new RunnerPage<FormListView>(new Dictionary<string, object?>
        {
            [nameof(FormListView.Frame)] = new PageFrame(runner.Text["FormsTitle"]) { Layout = RunnerPages.PlainLayout(http, runner.Options) },
            [nameof(FormListView.Forms)] = runner.Catalogue.All.Select(f => (f.Definition.Title.In(f.Definition.DefaultLanguage), $"{prefix}/{f.Slug}/")).ToList(),
        }, StatusCodes.Status200OK, "en");
    }

    public static async Task<IResult> StartAsync(RunnerRequest request)
    {
        if (request.Reference is not null)
        {
            request.StartAgain();
        }

        await Prefill.CaptureAsync(request);

        var definition = request.Form.Definition;
        var first = request.Journey.FirstPage(request.Answers);
        return RunnerPages.Page<StartView>(request, new()
        {
            [nameof(StartView.Frame)] = request.Frame(definition.Title.In(request.Language)),
            [nameof(StartView.StartHref)] = definition.Layout == FormLayout.TaskList ? request.Href(TaskListEndpoints.Segment)
                : first is null ? request.Href(Navigation.CheckAnswers) : request.Href(first.Path),
            [nameof(StartView.ContentHtml)] = MarkdownText.Html(definition.Start.Content, request.Language),
            [nameof(StartView.ButtonText)] = definition.Start.ButtonText?.In(request.Language),
        });
    }

    public static IResult GetPage(RunnerRequest request, string page) =>
        Find(request, page, repeat: false) is not { } found ? Refused(request, page, repeat: false)
        : found.Summary is not null ? SummaryEndpoints.Get(request, found)
        : found.Repeat is null ? QuestionEndpoints.Get(request, found)
        : RepeatEndpoints.Summary(request, found);

    public static async Task<IResult> PostPageAsync(RunnerRequest request, string page)
    {
        var (posted, refusal) = await request.ReadPostAsync(page);
        if (refusal is not null)
        {
            return refusal;
        }

        return Find(request, page, repeat: false) is not { } found ? Refused(request, page, repeat: false)
            : found.Summary is not null ? await SummaryEndpoints.PostAsync(request, found)
            : found.Repeat is null && SaveForLater.SaveAndReturnEndpoints.Asked(request, posted!) ? await SaveForLater.SaveAndReturnEndpoints.SaveAnswersAsync(request, found, posted!)
            : found.Repeat is null ? await QuestionEndpoints.PostAsync(request, found, posted!)
            : await RepeatEndpoints.SummaryPostAsync(request, found, posted!);
    }

    /// <summary>The page a request may use: on the form, a repeating page when <paramref name="repeat"/> asks for one, and not after the form is sent.</summary>
    public static Page? Find(RunnerRequest request, string path, bool repeat) =>
        request.Form.Definition.FindPage(path) is { } page && (!repeat || page.Repeat is not null) && request.Reference is null ? page : null;

    /// <summary>What to answer when <see cref="Find"/> finds no page: 404 for no such page, the confirmation once the form is sent.</summary>
    public static IResult Refused(RunnerRequest request, string path, bool repeat) =>
        request.Reference is not null && request.Form.Definition.FindPage(path) is { } page && (!repeat || page.Repeat is not null)
            ? RunnerPages.Redirect(request.Href(Navigation.Confirmation))
            : RunnerPages.Message(request, StatusCodes.Status404NotFound);
}
