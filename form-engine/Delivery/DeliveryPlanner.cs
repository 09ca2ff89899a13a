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
    private IReadOnlyList<string>? _defaultWebhooks;

    /// <summary>Configuration's webhooks, their addresses parsed once (the options were checked on start), not at every submission.</summary>
    private IReadOnlyList<string> DefaultWebhooks =>
        _defaultWebhooks ??= [.. options.Value.Defaults.Webhooks.Select(w => DeliveryDestination.Webhook(new Uri(w.Url), w.Secret))];

    public Func<Submission, IReadOnlyList<OutboxMessage>> Plan(LoadedForm form, FormAnswers answers, string language)
    {
        var delivery = form.Definition.Delivery;
        var webhooks = delivery.Webhooks.Select(w => DeliveryDestination.Webhook(w.Url, w.Secret))
            .Concat(DefaultWebhooks).Distinct(StringComparer.Ordinal).ToList();
        var team = delivery.EmailTo.Concat(options.Value.Defaults.EmailTo).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var citizen = delivery.ConfirmationQuestion is { } question && answers.TryGetAnswer(question, out var value) ? JsonRead.Str(value) : null;
        if (webhooks.Count == 0 && team.Count == 0 && citizen is null)
        {
            return static _ => [];
        }

        return submission =>
        {
            var json = SubmissionPayload.Build(form, answers, submission, language);
            var payload = json.ToJsonString();
            var messages = webhooks.Select(w => new OutboxMessage(OutboxMessage.NewId(), "webhook", w, payload)).ToList();
            if (team.Count > 0)
            {
                messages.Add(new OutboxMessage(OutboxMessage.NewId(), "email", DeliveryDestination.Email(team, form.Definition.DefaultLanguage), payload));
            }

            if (citizen is not null)
            {
                // The citizen's confirmation carries the reference and the form, not the answers: email is not a safe place for them.
                json.Remove("answers");
                messages.Add(new OutboxMessage(OutboxMessage.NewId(), "confirmation", DeliveryDestination.Email([citizen], language), json.ToJsonString()));
            }

            return messages;
        };
    }
}
