using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;

namespace GovDesign.Forms.Definitions;

/// <summary>
/// A loaded and checked form definition. Only the loader creates one, and only when the
/// definition has no errors, so everything it refers to exists.
/// </summary>
public sealed class FormDefinition
{
    private readonly Dictionary<string, Page> _pages;
    private readonly Dictionary<string, Question> _questions;

    internal FormDefinition(IReadOnlyList<Page> pages)
    {
        Pages = pages;
        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        _questions = pages.SelectMany(p => p.AllQuestions).ToDictionary(q => q.Name, StringComparer.Ordinal);
    }

    /// <summary>The form's address, <c>/&lt;slug&gt;/...</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The service name.</summary>
    public required LocalText Title { get; init; }

    /// <summary>The languages offered; the first is the default.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>alpha, beta or live; null when not given.</summary>
    public string? Phase { get; init; }

    /// <summary>Where the phase banner's feedback link goes; the banner has no link without it.</summary>
    public string? FeedbackUrl { get; init; }

    /// <summary>How citizens get help.</summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>The privacy notice's address.</summary>
    public string? PrivacyUrl { get; init; }

    /// <summary>The format of reference numbers.</summary>
    public required ReferenceFormat Reference { get; init; }

    /// <summary>How the pages are offered: one after another, or as a task list of the sections.</summary>
    public FormLayout Layout { get; init; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>The pages, in journey order.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The named conditions, compiled.</summary>
    public IReadOnlyDictionary<string, Condition> Conditions { get; init; } = new Dictionary<string, Condition>();

    /// <summary>The start page's content and button.</summary>
    public StartSettings Start { get; init; } = new();

    /// <summary>The check answers page's heading and content.</summary>
    public CheckAnswersSettings CheckAnswers { get; init; } = new();

    /// <summary>The declaration, if the form has one.</summary>
    public Declaration? Declaration { get; init; }

    /// <summary>The confirmation page's heading and content.</summary>
    public ConfirmationSettings Confirmation { get; init; } = new();

    /// <summary>Where submissions are sent besides the runner's database; none when the definition has no <c>delivery</c> section.</summary>
    public DeliverySettings Delivery { get; init; } = DeliverySettings.None;

    /// <summary>Whether citizens may save their answers and come back later through a link sent by email; null when the form does not offer it.</summary>
    public SaveAndReturnSettings? SaveAndReturn { get; init; }

    /// <summary>The definition as it was read (without position information).</summary>
    public required JsonObject Source { get; init; }

    /// <summary>Every question in page order, each followed by those revealed under its options.</summary>
    public IEnumerable<Question> Questions => Pages.SelectMany(p => p.AllQuestions);

    /// <summary>The default language.</summary>
    public string DefaultLanguage => Languages[0];

    /// <summary>Finds a page by its path.</summary>
    /// <param name="path">The page path.</param>
    /// <returns>The page, or null.</returns>
    public Page? FindPage(string path) => _pages.GetValueOrDefault(path);

    /// <summary>Finds a question by its name.</summary>
    /// <param name="name">The question name.</param>
    /// <returns>The question, or null.</returns>
    public Question? FindQuestion(string name) => _questions.GetValueOrDefault(name);
}

/// <summary>How citizens get help with a form.</summary>
public sealed record ContactDetails
{
    /// <summary>Who runs the service.</summary>
    public LocalText? Organisation { get; init; }

    /// <summary>An email address.</summary>
    public string? Email { get; init; }

    /// <summary>A telephone number.</summary>
    public string? Phone { get; init; }

    /// <summary>When the telephone line is open.</summary>
    public LocalText? Hours { get; init; }

    /// <summary>A page about getting help.</summary>
    public string? Url { get; init; }
}

/// <summary>The start page.</summary>
public sealed record StartSettings
{
    /// <summary>Markdown between the heading and the button.</summary>
    public LocalText? Content { get; init; }

    /// <summary>The button text; the runner's localised "Start now" when null.</summary>
    public LocalText? ButtonText { get; init; }
}

/// <summary>The check answers page.</summary>
public sealed record CheckAnswersSettings
{
    /// <summary>The heading; the runner's localised default when null.</summary>
    public LocalText? Heading { get; init; }

    /// <summary>Markdown under the answers.</summary>
    public LocalText? Content { get; init; }
}

/// <summary>What the citizen declares by sending the form.</summary>
/// <param name="Content">The declaration, in Markdown.</param>
public sealed record Declaration(LocalText Content)
{
    /// <summary>The heading; the runner's default when null.</summary>
    public LocalText? Heading { get; init; }

    /// <summary>The button text; the runner's default when null.</summary>
    public LocalText? ButtonText { get; init; }
}

/// <summary>The confirmation page.</summary>
public sealed record ConfirmationSettings
{
    /// <summary>The panel heading; the runner's default when null.</summary>
    public LocalText? Heading { get; init; }

    /// <summary>What happens next, in Markdown.</summary>
    public LocalText? Content { get; init; }
}
