using GovDesign.Forms.Answers;
using GovDesign.Forms.Loading;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary><c>prefill</c> and <c>locked</c>: how they load, where the loader refuses them, and the registry as the one list of kinds that cannot be prefilled.</summary>
public sealed class PrefillAndLockLoadingTests
{
    [Fact]
    public void Load_PrefillAndLocked_AreReadIntoTheQuestion()
    {
        var question = TestForms.Load(TestForms.Form("""{ "path": "q", "questions": [{ "name": "q", "type": "text", "label": "Reference", "prefill": true, "locked": true }] }""")).FindQuestion("q")!;

        Assert.Equal((true, true), (question.Prefill, question.Locked));
    }

    [Theory]
    [InlineData("email")]
    [InlineData("nationalId")]
    [InlineData("ukAddress")]
    [InlineData("bankDetails")]
    public void Load_PrefillOnAPersonalKind_IsAnErrorAtPrefill(string type)
    {
        var diagnostic = Only(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "{{type}}", "label": "Details", "prefill": §true }] }"""),
            "question.prefill", "/pages/0/questions/0/prefill");

        Assert.StartsWith($"A {type} question cannot be prefilled", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PrefillOnAnAddAnotherPage_IsAnErrorAtPrefill()
    {
        Only(TestForms.Form("""{ "path": "q", "heading": "Pets", "repeat": { "min": 1, "max": 3 }, "questions": [{ "name": "q", "type": "text", "label": "Pet", "prefill": §true }] }"""),
            "question.prefill", "/pages/0/questions/0/prefill");
    }

    [Fact]
    public void Load_LockedRevealedQuestion_IsAnErrorAtLocked()
    {
        var json = TestForms.Form("""
            { "path": "q", "questions": [{ "name": "q", "type": "singleChoice", "label": "Contact method", "options": [
                { "value": "email", "text": "Email", "conditional": [{ "name": "email", "type": "email", "label": "Email address", "locked": §true }] } ] }] }
            """);

        var diagnostic = Only(json, "question.locked", "/pages/0/questions/0/options/0/conditional/0/locked");

        Assert.Contains("Lock \"q\" instead", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>The schema's description of <c>prefill</c> names exactly the kinds the registry refuses.</summary>
    [Fact]
    public void PrefillDescription_NamesTheKindsThatCannotBePrefilled_AsTheRegistryDoes()
    {
        var description = FormLoader.Schema["$defs"]!["prefill"]!["description"]!.GetValue<string>();
        var refused = description[description.IndexOf("Not allowed for", StringComparison.Ordinal)..].Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => AnswerKinds.TryParse(word, out _));

        Assert.Equal(AnswerKinds.All.Where(k => !k.CanPrefill).Select(k => k.Name).Order(StringComparer.Ordinal), refused.Order(StringComparer.Ordinal));
    }
}
