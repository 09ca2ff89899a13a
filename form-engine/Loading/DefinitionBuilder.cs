using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>
/// Builds the definition model from the JSON tree and checks what the schema cannot: references,
/// duplicates, operators, languages and the shape of the journey. It reads defensively, so it
/// runs (and reports) even when the schema found problems.
/// </summary>
internal sealed partial class DefinitionBuilder(JsonObject root, DiagnosticBag diagnostics)
{
    private static readonly string[] ReservedPaths = [NextRule.CheckAnswers, "confirmation", "start", "add-another", "save-and-return"];

    private IReadOnlyList<string> _languages = ["en"];
    private readonly Dictionary<string, IReadOnlyList<Option>> _optionLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Section> _sections = new(StringComparer.Ordinal);

    public FormDefinition? Build()
    {
        _languages = Arr(root["languages"]).Select(Str).OfType<string>().Distinct().ToList() is { Count: > 0 } languages ? languages : ["en"];
        var title = Text(root["title"], "/title");
        ReadSections();
        ReadRequires();
        ReadOptionLists();

        var drafts = ReadPages();
        CheckSummaryOrder(drafts);
        var layout = ReadLayout(drafts);
        var questions = new Dictionary<string, Question>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            foreach (var question in draft.Questions.SelectMany(q => q.WithRevealed()))
            {
                if (!questions.TryAdd(question.Name, question))
                {
                    diagnostics.Error("question.duplicateName", question.Pointer + "/name", $"Another question is already named \"{question.Name}\" (on the page \"{questions[question.Name].PagePath}\"). Question names must be unique in the form.");
                }
                else if (draft.Repeat is not null)
                {
                    repeated.Add(question.Name);
                }
            }
        }

        var compiler = new ConditionCompiler(questions, repeated, root["conditions"] as JsonObject, diagnostics);
        var named = compiler.CompileNamed();
        var broken = false;
        var pages = drafts.Select(d => d.Finish(compiler, ref broken)).ToList();
        CheckNextTargets(pages, drafts);

        // The journey's shape can be checked only when every page, reference and condition is sound;
        // other problems (a misspelt property, a missing translation) do not stop it.
        IReadOnlyList<bool[]>? pagesBefore = null;
        if (!broken && !diagnostics.Items.Any(d => d.Code.StartsWith("reference.", StringComparison.Ordinal)
            || d.Code.StartsWith("condition.", StringComparison.Ordinal) || d.Code.StartsWith("page.", StringComparison.Ordinal)
            || d.Code.StartsWith("json.", StringComparison.Ordinal) || d.Code == "schema.required"))
        {
            var flow = new FlowChecks(pages, diagnostics);
            flow.Run();
            pagesBefore = flow.PagesAlwaysBefore();
        }

        var availability = new AnswerAvailability(pages, pagesBefore);
        CheckPlaceholders(pages, availability);
        ReadRules(pages, availability);

        // Read everything before deciding, so every missing translation is reported.
        var reference = ReadReference();
        var contact = ReadContact();
        var feedbackUrl = ReadFeedbackUrl();
        var start = new StartSettings { Content = Markdown(root["start"]?["content"], "/start/content"), ButtonText = Text(root["start"]?["buttonText"], "/start/buttonText") };
        var checkAnswers = new CheckAnswersSettings { Heading = Text(root["checkAnswers"]?["heading"], "/checkAnswers/heading"), Content = Markdown(root["checkAnswers"]?["content"], "/checkAnswers/content") };
        var declaration = root["declaration"] is JsonObject declared && Markdown(declared["content"], "/declaration/content") is { } content
            ? new Declaration(content) { Heading = Text(declared["heading"], "/declaration/heading"), ButtonText = Text(declared["buttonText"], "/declaration/buttonText") }
            : null;
        var confirmation = new ConfirmationSettings { Heading = Text(root["confirmation"]?["heading"], "/confirmation/heading"), Content = Markdown(root["confirmation"]?["content"], "/confirmation/content") };
        var delivery = ReadDelivery(pages);
        var saveAndReturn = ReadSaveAndReturn(pages);
        if (diagnostics.HasErrors || title is null)
        {
            return null;
        }

        return new FormDefinition(pages)
        {
            Slug = Str(root["slug"])!,
            Title = title,
            Languages = _languages,
            Layout = layout,
            Phase = Str(root["phase"]),
            FeedbackUrl = feedbackUrl,
            Contact = contact,
            PrivacyUrl = Str(root["privacyUrl"]),
            Reference = reference,
            Sections = [.. _sections.Values],
            Conditions = named,
            Start = start,
            CheckAnswers = checkAnswers,
            Declaration = declaration,
            Confirmation = confirmation,
            Delivery = delivery,
            SaveAndReturn = saveAndReturn,
            Source = root,
        };
    }

    private ReferenceFormat ReadReference()
    {
        if (Str(root["reference"]) is not { } format)
        {
            return ReferenceFormat.Default;
        }

        var parsed = new ReferenceFormat(format);
        if (parsed.RandomCharacters < 4)
        {
            diagnostics.Error("reference.format", "/reference", $"The reference format \"{format}\" needs {{random:N}} with 4 or more random characters in all, so references cannot be guessed or repeated; for example \"{format}-{{random:6}}\".");
        }

        return parsed;
    }

    /// <summary>The feedback address, with a warning when no phase banner would show it.</summary>
    private string? ReadFeedbackUrl()
    {
        if (Str(root["feedbackUrl"]) is not { } url)
        {
            return null;
        }

        if (Str(root["phase"]) is not ("alpha" or "beta"))
        {
            diagnostics.Warning("feedbackUrl.noBanner", "/feedbackUrl", $"The feedback link is shown in the phase banner, which only alpha and beta forms have; this form's phase is {(Str(root["phase"]) is { } phase ? $"\"{phase}\"" : "not given")}, so citizens never see \"{url}\". Set \"phase\" to \"alpha\" or \"beta\", or remove feedbackUrl.", atKey: true);
        }

        return url;
    }

    private ContactDetails? ReadContact() => root["contact"] is JsonObject contact
        ? new ContactDetails
        {
            Organisation = Text(contact["organisation"], "/contact/organisation"),
            Email = Str(contact["email"]),
            Phone = Str(contact["phone"]),
            Hours = Text(contact["hours"], "/contact/hours"),
            Url = Str(contact["url"]),
        }
        : null;

    private void ReadSections()
    {
        foreach (var (item, pointer) in Items(root["sections"], "/sections"))
        {
            if (Str(item?["id"]) is { } id && Text(item?["title"], pointer + "/title") is { } title && !_sections.TryAdd(id, new Section(id, title)))
            {
                diagnostics.Error("section.duplicateId", pointer + "/id", $"Another section already has the id \"{id}\".");
            }
        }
    }

    private void ReadOptionLists()
    {
        foreach (var (name, list) in root["optionLists"] as JsonObject ?? [])
        {
            _optionLists[name] = ReadOptions(list, "/optionLists/" + SourceMap.Escape(name));
        }
    }

    /// <summary>Reads options; <paramref name="conditional"/> reads the questions an option reveals, and is null where options cannot reveal any (an option list).</summary>
    private List<Option> ReadOptions(JsonNode? node, string pointer, Func<JsonObject, string, string, IReadOnlyList<Question>>? conditional = null)
    {
        var options = new List<Option>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPointer) in Items(node, pointer))
        {
            if (Str(item?["value"]) is not { } value || Text(item?["text"], itemPointer + "/text") is not { } text)
            {
                continue;
            }

            if (!seen.Add(value))
            {
                diagnostics.Error("option.duplicateValue", itemPointer + "/value", $"Another option in this list already has the value \"{value}\".");
            }

            IReadOnlyList<Question> revealed = [];
            if (item is JsonObject option && option.ContainsKey("conditional"))
            {
                revealed = conditional?.Invoke(option, itemPointer, value) ?? RefuseConditionalInList(itemPointer);
            }

            options.Add(new Option(value, text) { Hint = Text(item?["hint"], itemPointer + "/hint"), Exclusive = Bool(item?["exclusive"]), Conditional = revealed });
        }

        return options;
    }

    /// <summary>Reads text, checking that an object of languages gives every language the form declares.</summary>
    private LocalText? Text(JsonNode? node, string pointer)
    {
        if (Str(node) is { } single)
        {
            return new LocalText(single);
        }

        if (node is not JsonObject obj)
        {
            return null;
        }

        var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, value) in obj)
        {
            if (Str(value) is { } text)
            {
                byLanguage[language] = text;
            }
        }

        foreach (var language in _languages.Where(l => !obj.ContainsKey(l)))
        {
            diagnostics.Error("text.missingLanguage", pointer, $"The {LanguageName(language)} (\"{language}\") text is missing here; the form is offered in {string.Join(", ", _languages)}, so each of them must be given (or give one string for all).");
        }

        return byLanguage.Count > 0 ? new LocalText(byLanguage) : null;
    }

    private static string LanguageName(string code) => code switch
    {
        "cy" => "Welsh",
        "vi" => "Vietnamese",
        _ => "English",
    };
}
