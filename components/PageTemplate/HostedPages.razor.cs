namespace GovDesign.Components;

/// <summary>
/// Hosts GovDesign's pages in a Blazor app's own document. Inside it, <see cref="PageTemplate"/> and
/// every page pattern built on it render only the body's content (the script that marks the body
/// for govuk-frontend, the skip link, header, main content, footer and GovDesign's script) and give
/// the page's title and head (stylesheet, theme colour, favicon, theme) to the app's
/// <c>&lt;HeadOutlet /&gt;</c> through <c>&lt;PageTitle&gt;</c> and <c>&lt;HeadContent&gt;</c>.
/// App.razor keeps <c>HeadOutlet</c>, the import map and <c>Routes</c>, and gives its <c>html</c>
/// element the class <c>govuk-template</c> and its <c>body</c> the class <c>govuk-template__body</c>:
/// <code>
/// &lt;body class="govuk-template__body"&gt;
///     &lt;HostedPages&gt;&lt;Routes /&gt;&lt;/HostedPages&gt;
/// &lt;/body&gt;
/// </code>
/// </summary>
public sealed partial class HostedPages
{
}
