using System.Text.Json.Nodes;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Loading;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Storage;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery;

/// <summary>
/// Decides a submission's deliveries: one per webhook and one team email (the form's own destinations
/// and configuration's defaults), and a confirmation to the citizen when the form names its email question.
/// </summary>
internal sealed class DeliveryPlanner(IOptions<DeliveryOptions> options)
{
    public Func<Submission, IReadOnlyList<OutboxMessage>> Plan(LoadedForm form, FormAnswers answers, string language)
    {
        var delivery = form.Definition.Delivery;
        var defaults = options.Value.Defaults;
        var webhooks = delivery.Webhooks.Select(w => DeliveryDestination.Webhook(w.Url, w.Secret))
            .Concat(defaults.Webhooks.Select(w => DeliveryDestination.Webhook(new Uri(w.Url), w.Secret))).Distinct(StringComparer.Ordinal).ToList();
        var team = delivery.EmailTo.Concat(defaults.EmailTo).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var citizen = delivery.ConfirmationQuestion is { } question && answers.TryGetAnswer(question, out var value) ? JsonRead.Str(value) : null;
        if (webhooks.Count == 0 && team.Count == 0 && citizen is null)
        {
            return static _ => [];
        }

        return submission =>
        {
            var payload = SubmissionPayload.Build(form, answers, submission, language).ToJsonString();
            var messages = webhooks.Select(w => new OutboxMessage(OutboxMessage.NewId(), "webhook", w, payload)).ToList();
            if (team.Count > 0)
            {
                messages.Add(new OutboxMessage(OutboxMessage.NewId(), "email", DeliveryDestination.Email(team, form.Definition.DefaultLanguage), payload));
            }

            if (citizen is not null)
            {
                messages.Add(new OutboxMessage(OutboxMessage.NewId(), "confirmation", DeliveryDestination.Email([citizen], language), ConfirmationPayload(payload)));
            }

            return messages;
        };
    }

    /// <summary>The citizen's confirmation carries the reference and the form, not the answers: email is not a safe place for them.</summary>
    private static string ConfirmationPayload(string payload)
    {
        var json = (JsonObject)JsonNode.Parse(payload)!;
        json.Remove("answers");
        return json.ToJsonString();
    }
}
