using System.Text.Json;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>The <c>saveAndReturn</c> setting: on or off, and the email question that fills in the address.</summary>
internal sealed partial class DefinitionBuilder
{
    private SaveAndReturnSettings? ReadSaveAndReturn(IReadOnlyList<Page> pages)
    {
        var node = root["saveAndReturn"];
        if (node is JsonObject settings)
        {
            var question = Str(settings["emailQuestion"]);
            if (question is not null)
            {
                CheckSaveEmailQuestion(question, pages);
            }

            return new SaveAndReturnSettings { EmailQuestion = question, At = diagnostics.Map.LocateKey("/saveAndReturn") };
        }

        if (node?.GetValueKind() != JsonValueKind.True)
        {
            return null;
        }

        if (!pages.Any(p => p.Questions.Count > 0 && p.Repeat is null))
        {
            diagnostics.Warning("saveAndReturn.noQuestionPages", "/saveAndReturn",
                "The \"Save and come back later\" button is offered on question pages, and this form has none (only add-another and content pages): citizens never see it. Remove saveAndReturn, or ask a question on a page of its own.", atKey: true);
        }

        return new SaveAndReturnSettings { At = diagnostics.Map.LocateKey("/saveAndReturn") };
    }

    private void CheckSaveEmailQuestion(string name, IReadOnlyList<Page> pages)
    {
        const string pointer = "/saveAndReturn/emailQuestion";
        var question = pages.Where(p => p.Repeat is null).SelectMany(p => p.Questions).FirstOrDefault(q => q.Name == name);
        if (question is null)
        {
            var repeated = pages.SelectMany(p => p.Questions).Any(q => q.Name == name);
            diagnostics.Error("saveAndReturn.emailQuestion", pointer, repeated
                ? $"The question \"{name}\" is on an add-another page, so it can have several answers; name an email question asked once."
                : $"There is no question named \"{name}\". Name the email question whose answer fills in the address the link is sent to{Suggest(name, pages)}.");
        }
        else if (question.Kind.Name != "email")
        {
            diagnostics.Error("saveAndReturn.emailQuestion", pointer, $"The question \"{name}\" is a {question.Kind.Name} question; the link is sent to an email address, so name an email question.");
        }
    }

    private static string Suggest(string name, IReadOnlyList<Page> pages) =>
        pages.Where(p => p.Repeat is null).SelectMany(p => p.Questions).Where(q => q.Kind.Name == "email").Select(q => q.Name).ToList() is { Count: > 0 } emails
            ? $", such as {string.Join(" or ", emails.Select(e => $"\"{e}\""))}"
            : " (the form has no email question: remove emailQuestion)";
}
