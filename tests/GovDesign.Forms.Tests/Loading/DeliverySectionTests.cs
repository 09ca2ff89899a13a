using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>The form's <c>delivery</c> section: webhooks, email and the confirmation question.</summary>
public sealed class DeliverySectionTests
{
    private static string WithDelivery(string delivery, string pages = "") =>
        TestForms.Form(pages.Length > 0 ? pages : TestForms.Page("email", "email"), $$""" "delivery": {{delivery}}, """);

    [Fact]
    public void Load_WebhooksAndEmail_KeepsThemInOrder()
    {
        var form = TestForms.Load(WithDelivery("""
            { "webhooks": [ { "url": "https://cases.example.gov.uk/hooks", "secret": "cases" }, { "url": "http://127.0.0.1:5000/", "secret": "local" } ],
              "email": { "to": ["team@example.gov.uk"], "confirmationQuestion": "email" } }
            """));

        Assert.Equal(["https://cases.example.gov.uk/hooks", "http://127.0.0.1:5000/"], form.Delivery.Webhooks.Select(w => w.Url.ToString()));
        Assert.Equal(["cases", "local"], form.Delivery.Webhooks.Select(w => w.Secret));
        Assert.Equal(["team@example.gov.uk"], form.Delivery.EmailTo);
        Assert.Equal("email", form.Delivery.ConfirmationQuestion);
    }

    [Fact]
    public void Load_NoDeliverySection_HasNoDestinations()
    {
        Assert.False(TestForms.Load(TestForms.Form(TestForms.Page("a"))).Delivery.Any);
    }

    [Fact]
    public void Load_HttpToAnotherHost_IsAnErrorAtTheUrlThatGivesTheHttpsAddress()
    {
        var diagnostic = Only(WithDelivery("""{ "webhooks": [ { "url": §"http://cases.example.gov.uk/hooks", "secret": "cases" } ] }"""), "delivery.webhookHttp", "/delivery/webhooks/0/url");

        Assert.Contains("https://cases.example.gov.uk/hooks", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UrlWithAPassword_IsAnError()
    {
        Only(WithDelivery("""{ "webhooks": [ { "url": §"https://me:pw@cases.example.gov.uk/", "secret": "cases" } ] }"""), "delivery.webhookUrl", "/delivery/webhooks/0/url");
    }

    [Fact]
    public void Load_SecretWrittenInTheJson_IsASchemaErrorAtTheSecret()
    {
        Only(WithDelivery("""{ "webhooks": [ { "url": "https://cases.example.gov.uk/", "secret": §"whsec_Zm9vYmFy+/==" } ] }"""), "schema.pattern", "/delivery/webhooks/0/secret");
    }

    [Fact]
    public void Load_ConfirmationQuestionThatDoesNotExist_IsAnErrorThatNamesIt()
    {
        var diagnostic = Only(WithDelivery("""{ "email": { "confirmationQuestion": §"e-mail" } }"""), "delivery.confirmationQuestion", "/delivery/email/confirmationQuestion");

        Assert.Contains("\"e-mail\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConfirmationQuestionOfAnotherKind_IsAnErrorThatSaysItMustBeEmail()
    {
        var diagnostic = Only(WithDelivery("""{ "email": { "confirmationQuestion": §"name" } }""", TestForms.Page("name")), "delivery.confirmationQuestion", "/delivery/email/confirmationQuestion");

        Assert.Contains("email question", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownDeliveryProperty_IsASchemaError()
    {
        var result = FormLoader.Load(WithDelivery("""{ "sms": { } }"""));

        Assert.Contains(result.Diagnostics, d => d.Pointer.StartsWith("/delivery", StringComparison.Ordinal));
        Assert.Null(result.Form);
    }
}
