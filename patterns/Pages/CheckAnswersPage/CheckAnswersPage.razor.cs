using GovDesign.Components;
using GovDesign.Patterns.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns;

/// <summary>
/// The answers before they are sent: a summary list, or a summary card per titled section, each answer
/// with a Change link that goes to its question and comes back here; then, optionally, a declaration
/// and the button that sends the answers.
/// </summary>
public sealed partial class CheckAnswersPage
{
    /// <summary>The marker change links carry by default: <c>returnTo=check-answers</c>.</summary>
    public const string DefaultReturnTo = "check-answers";

    /// <summary>What every page of the service shares.</summary>
    [Parameter] public ServiceLayout Layout { get; set; } = new();

    /// <summary>The page's heading; "Check your answers before sending them" in the current language by default.</summary>
    [Parameter] public string? Title { get; set; }

    /// <summary>The answers, by section.</summary>
    [Parameter] public IReadOnlyList<CheckAnswersSection> Sections { get; set; } = [];

    /// <summary>
    /// Builds each Change link from the question's address, so that the question returns here after
    /// saving. By default it adds <c>returnTo=check-answers</c> to the query (see <see cref="WithReturnTo"/>).
    /// </summary>
    [Parameter] public Func<string, string>? ChangeHref { get; set; }

    /// <summary>
    /// Content under the answers, before any declaration: with <see cref="ShowDeclaration"/> false, the
    /// form and button that carry on through a service (a summary part-way through it).
    /// </summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>Whether to show the declaration and the send button. True by default.</summary>
    [Parameter] public bool ShowDeclaration { get; set; } = true;

    /// <summary>The declaration's heading; "Now send your answers" in the current language by default.</summary>
    [Parameter] public string? DeclarationHeading { get; set; }

    /// <summary>The declaration as text; a short default in the current language.</summary>
    [Parameter] public string? DeclarationText { get; set; }

    /// <summary>The declaration as Razor content, instead of <see cref="DeclarationText"/>.</summary>
    [Parameter] public RenderFragment? Declaration { get; set; }

    /// <summary>The send button's text; "Accept and send" in the current language by default.</summary>
    [Parameter] public string? SendText { get; set; }

    /// <summary>Where the send form posts; the page's own address when unset.</summary>
    [Parameter] public string? Action { get; set; }

    /// <summary>
    /// The form's name in a Blazor app's static rendering (<c>@formname</c>), so that Blazor receives
    /// its post; give <see cref="AntiforgeryContent"/> Blazor's <c>&lt;AntiforgeryToken /&gt;</c> too.
    /// Unset outside Blazor.
    /// </summary>
    [Parameter] public string? FormName { get; set; }

    /// <summary>Called when Blazor receives the form's post, with <see cref="FormName"/> set; read the answers with <c>[SupplyParameterFromForm]</c>.</summary>
    [Parameter] public EventCallback OnSubmit { get; set; }

    /// <summary>The antiforgery token the form posts back.</summary>
    [Parameter] public FormToken? Antiforgery { get; set; }

    /// <summary>The antiforgery hidden field as Razor content, instead of <see cref="Antiforgery"/>.</summary>
    [Parameter] public RenderFragment? AntiforgeryContent { get; set; }

    /// <summary>Where the back link goes.</summary>
    [Parameter] public string? BackLinkHref { get; set; }

    /// <summary>Content at the start of the body, such as the cookie banner.</summary>
    [Parameter] public RenderFragment? BodyStart { get; set; }

    /// <summary>The nonce of the page's Content Security Policy.</summary>
    [Parameter] public string? CspNonce { get; set; }

    private string TitleOrDefault => string.IsNullOrEmpty(Title) ? T["CheckAnswersPage.Title"] : Title;

    /// <summary>Adds <c>returnTo=</c> and the marker to an address's query, before any fragment.</summary>
    /// <param name="href">The question's address.</param>
    /// <param name="marker">The marker the question page reads to come back here.</param>
    /// <returns>The address with the marker.</returns>
    public static string WithReturnTo(string href, string marker = DefaultReturnTo)
    {
        ArgumentNullException.ThrowIfNull(href);
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (href, "") : (href[..hash], href[hash..]);
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return $"{path}{separator}returnTo={Uri.EscapeDataString(marker)}{fragment}";
    }

    /// <summary>
    /// Whether a question page was reached from a Change link, so that after saving it goes back to
    /// check answers instead of on through the journey. A question page's form posts to its own
    /// address by default, so the marker is there on the post too.
    /// </summary>
    /// <param name="request">The question page's request (the GET or the POST).</param>
    /// <param name="marker">The marker the change links carry.</param>
    /// <returns>True when the query has <c>returnTo=</c> and the marker.</returns>
    public static bool IsReturning(HttpRequest request, string marker = DefaultReturnTo)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Equals(request.Query["returnTo"], marker, StringComparison.Ordinal);
    }

    private IReadOnlyList<SummaryListRow> RowsOf(CheckAnswersSection section) => [.. section.Rows.Select(row => new SummaryListRow
    {
        Key = new SummaryListCell { Text = row.Question },
        Value = new SummaryListCell { Html = Lines(row.Answer) },
        Actions = string.IsNullOrEmpty(row.ChangeHref) ? null : new SummaryListActions
        {
            Items =
            [
                new SummaryListAction
                {
                    Href = (ChangeHref ?? (h => WithReturnTo(h)))(row.ChangeHref),
                    Text = T["CheckAnswersPage.Change"],
                    VisuallyHiddenText = row.ChangeVisuallyHiddenText ?? row.Question.ToLower(System.Globalization.CultureInfo.CurrentCulture),
                },
            ],
        },
    })];

    /// <summary>The answer encoded, each line break a <c>br</c>.</summary>
    private static string Lines(string answer) => string.Join("<br>",
        answer.ReplaceLineEndings("\n").Split('\n').Select(Html.Encode));
}
