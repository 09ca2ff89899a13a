using GovDesign.Components;
using GovDesign.Patterns.Pages;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Patterns;

/// <summary>
/// One question on a page: the error summary first when there are errors, then a form that posts
/// the question's inputs with a Continue button. The inputs (child content) render their own label
/// or legend as the page heading, caption, hint and inline errors. Works with JavaScript off.
/// </summary>
public sealed partial class QuestionPage
{
    /// <summary>What every page of the service shares.</summary>
    [Parameter] public ServiceLayout Layout { get; set; } = new();

    /// <summary>The page's title: the question, as its heading asks it.</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>The errors to show, in the order of the inputs. Each links to <c>#</c> and its field id.</summary>
    [Parameter] public IReadOnlyList<FieldError> Errors { get; set; } = [];

    /// <summary>Where the form posts; the page's own address when unset.</summary>
    [Parameter] public string? Action { get; set; }

    /// <summary>
    /// How the form is encoded: null (the browser's default, URL-encoded) or <c>multipart/form-data</c>
    /// when the page has a file upload.
    /// </summary>
    [Parameter] public string? Enctype { get; set; }

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

    /// <summary>The button's text; "Continue" in the current language by default (for example "Save and continue").</summary>
    [Parameter] public string? ContinueText { get; set; }

    /// <summary>
    /// Buttons after Continue, in the same form, such as a secondary "Save and come back later"
    /// (<c>govuk-button--secondary</c>) with a name and value that tell the post apart; with them, the
    /// buttons sit in a button group. Continue stays first, so that Enter in a field continues.
    /// </summary>
    [Parameter] public RenderFragment? MoreButtons { get; set; }

    /// <summary>Where the back link goes, usually the previous question.</summary>
    [Parameter] public string? BackLinkHref { get; set; }

    /// <summary>Content at the start of the body, such as the cookie banner.</summary>
    [Parameter] public RenderFragment? BodyStart { get; set; }

    /// <summary>The nonce of the page's Content Security Policy.</summary>
    [Parameter] public string? CspNonce { get; set; }

    /// <summary>The question's inputs, with their label or legend as the page heading.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>Content after the form, such as a link to get help.</summary>
    [Parameter] public RenderFragment? AfterForm { get; set; }

    private IReadOnlyList<ErrorSummaryItem> SummaryItems => ErrorLinks.For(Errors);

    private string ButtonText => string.IsNullOrEmpty(ContinueText) ? T["QuestionPage.Continue"].Value : ContinueText;
}
