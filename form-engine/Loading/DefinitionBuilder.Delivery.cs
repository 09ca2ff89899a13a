using System.Net;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>The <c>delivery</c> section: webhook addresses, email and the confirmation question.</summary>
internal sealed partial class DefinitionBuilder
{
    private DeliverySettings ReadDelivery(IReadOnlyList<Page> pages)
    {
        if (root["delivery"] is not JsonObject delivery)
        {
            return DeliverySettings.None;
        }

        var webhooks = new List<WebhookDestination>();
        foreach (var (item, pointer) in Items(delivery["webhooks"], "/delivery/webhooks"))
        {
            if (Str(item?["url"]) is not { } text || Str(item?["secret"]) is not { } secret)
            {
                continue;
            }

            if (ReadWebhookUrl(text, pointer + "/url") is { } url)
            {
                webhooks.Add(new WebhookDestination(url, secret));
            }
        }

        var email = delivery["email"] as JsonObject;
        var to = Arr(email?["to"]).Select(Str).OfType<string>().ToList();
        var confirmation = Str(email?["confirmationQuestion"]);
        if (confirmation is not null)
        {
            CheckConfirmationQuestion(confirmation, pages);
        }

        return new DeliverySettings { Webhooks = webhooks, EmailTo = to, ConfirmationQuestion = confirmation };
    }

    private Uri? ReadWebhookUrl(string text, string pointer)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.UserInfo.Length > 0)
        {
            diagnostics.Error("delivery.webhookUrl", pointer, $"\"{text}\" is not an absolute https address without a user name or password, like \"https://cases.example.gov.uk/hooks/forms\".");
            return null;
        }

        if (url.Scheme == "http" && !IsLoopback(url))
        {
            diagnostics.Error("delivery.webhookHttp", pointer, $"Webhooks are sent over https only, so that answers are encrypted on the way: write \"https://{url.Authority}{url.PathAndQuery}\". Plain http is accepted only for a loopback address, in development, with Delivery:AllowLoopback set.");
            return null;
        }

        return url;
    }

    private void CheckConfirmationQuestion(string name, IReadOnlyList<Page> pages)
    {
        const string pointer = "/delivery/email/confirmationQuestion";
        var question = pages.Where(p => p.Repeat is null).SelectMany(p => p.AllQuestions).FirstOrDefault(q => q.Name == name);
        if (question is null)
        {
            var asked = pages.SelectMany(p => p.AllQuestions).Any(q => q.Name == name);
            diagnostics.Error("delivery.confirmationQuestion", pointer, asked
                ? $"The question \"{name}\" is on an add-another page, so it can have several answers; the confirmation needs a question asked once."
                : $"There is no question named \"{name}\". Name the email question whose answer gets the confirmation.");
        }
        else if (question.Kind.Name != "email")
        {
            diagnostics.Error("delivery.confirmationQuestion", pointer, $"The question \"{name}\" is a {question.Kind.Name} question; the confirmation is sent to the answer of an email question.");
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
