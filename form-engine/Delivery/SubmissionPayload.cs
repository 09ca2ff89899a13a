using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Delivery;

/// <summary>
/// The JSON a destination receives, version 1 (schema: <c>form-engine/schema/submission.schema.json</c>):
/// the form, the reference, when and in which language it was sent, and every answer on the citizen's
/// path in page order, with its question's name, label (in the form's first language), kind, stored value
/// and the text check answers showed.
/// </summary>
internal static class SubmissionPayload
{
    public const int Version = 1;

    public static JsonObject Build(LoadedForm form, FormAnswers answers, Submission submission, string language)
    {
        var definition = form.Definition;
        var main = definition.DefaultLanguage;
        var rows = new JsonArray();
        foreach (var row in form.Journey.CheckAnswers(answers).SelectMany(g => g.Rows))
        {
            if (row.Value is null)
            {
                continue;
            }

            var answer = new JsonObject
            {
                ["page"] = row.Page.Path,
                ["question"] = row.Question.Name,
                ["label"] = row.Question.Label.In(main),
                ["type"] = row.Question.Kind.Name,
                ["value"] = row.Value.DeepClone(),
                ["text"] = form.Types.Describe(row.Question, main, row.Value),
            };
            if (row.ItemIndex is { } item)
            {
                answer["item"] = item;
            }

            rows.Add(answer);
        }

        return new JsonObject
        {
            ["type"] = "form.submitted",
            ["version"] = Version,
            ["form"] = new JsonObject { ["slug"] = form.Slug, ["title"] = definition.Title.In(main) },
            ["reference"] = submission.Reference,
            ["submittedAt"] = submission.SubmittedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["language"] = language,
            ["answers"] = rows,
        };
    }
}
