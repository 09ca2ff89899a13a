using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>The form's <c>feedbackUrl</c>: the address the phase banner links to, and the diagnostics for its misuse.</summary>
public sealed class FeedbackUrlTests
{
    [Theory]
    [InlineData("https://www.example.gov.uk/feedback")]
    [InlineData("/feedback")]
    [InlineData("mailto:feedback@example.gov.uk")]
    public void Load_BetaFormWithAFeedbackAddress_KeepsItWithoutDiagnostics(string url)
    {
        var result = FormLoader.Load(TestForms.Form(TestForms.Page("a"), $$""" "phase": "beta", "feedbackUrl": "{{url}}", """));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(url, result.Form!.FeedbackUrl);
    }

    [Fact]
    public void Load_NoFeedbackAddress_LeavesItNull()
    {
        Assert.Null(TestForms.Load(TestForms.Form(TestForms.Page("a"), """ "phase": "alpha", """)).FeedbackUrl);
    }

    [Fact]
    public void Load_FeedbackAddressThatIsNotALink_IsAnErrorAtTheValueThatSaysWhatToWrite()
    {
        var diagnostic = Only(TestForms.Form(TestForms.Page("a"), """ "phase": "beta", "feedbackUrl": §"feedback@example.gov.uk", """), "schema.pattern", "/feedbackUrl");

        Assert.Contains("mailto:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(""" "phase": "live", """, "this form's phase is \"live\"")]
    [InlineData("", "this form's phase is not given")]
    public void Load_FeedbackAddressWithoutAPhaseBanner_WarnsAtTheKeyAndStillLoads(string phase, string says)
    {
        var source = Marked.Parse(TestForms.Form(TestForms.Page("a"), phase + """ §"feedbackUrl": "/feedback", """));

        var result = FormLoader.Load(source.Json);

        Assert.NotNull(result.Form);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("feedbackUrl.noBanner", DiagnosticSeverity.Warning, "/feedbackUrl"), (diagnostic.Code, diagnostic.Severity, diagnostic.Pointer));
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains(says, diagnostic.Message, StringComparison.Ordinal);
    }
}
