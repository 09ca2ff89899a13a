using GovDesign.Forms.Answers;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Patterns.Answers;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Answers;

/// <summary>A <c>bankDetails</c> question: its settings reach the patterns' bank details answer; their misuse is reported where it is.</summary>
public sealed class BankDetailsKindTests
{
    private static GovDesign.Forms.Definitions.Question Question(string settings) =>
        TestForms.Load(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "bank", "type": "bankDetails", "label": "Which account should we pay into?", "subject": "your bank details"{{settings}} }] }""")).Pages[0].Questions[0];

    [Fact]
    public void Load_BankDetailsWithoutSettings_AsksAUkAccountWithARollNumber()
    {
        var answer = (BankDetailsAnswer)new AnswerTypes().For(Question(""), "en");

        Assert.Equal((BankAccountKind.Uk, true, 70), (answer.Kind, answer.AskRollNumber, answer.MaxNameLength));
    }

    [Fact]
    public void Load_IbanAndANameLimit_ReachTheBankDetailsAnswer()
    {
        var answer = (BankDetailsAnswer)new AnswerTypes().For(Question(""", "account": "iban", "maxNameLength": 40"""), "en");

        Assert.Equal((BankAccountKind.Iban, 40), (answer.Kind, answer.MaxNameLength));
    }

    [Fact]
    public void Load_RollNumberFalse_AsksNoRollNumber()
    {
        Assert.False(((BankDetailsAnswer)new AnswerTypes().For(Question(""", "rollNumber": false"""), "en")).AskRollNumber);
    }

    [Fact]
    public void Load_RollNumberWithAnIban_IsAnErrorAtRollNumber()
    {
        Only(TestForms.Form("""{ "path": "q", "questions": [{ "name": "bank", "type": "bankDetails", "label": "Bank details", "account": "iban", "rollNumber": §true }] }"""),
            "question.rollNumber", "/pages/0/questions/0/rollNumber");
    }

    [Fact]
    public void Load_NameLimitBelowWhatPaymentsCarry_IsASchemaErrorAtIt()
    {
        Only(TestForms.Form("""{ "path": "q", "questions": [{ "name": "bank", "type": "bankDetails", "label": "Bank details", "maxNameLength": §10 }] }"""),
            "schema.minimum", "/pages/0/questions/0/maxNameLength");
    }

    [Fact]
    public void Load_UnknownAccount_IsASchemaErrorAtIt()
    {
        Only(TestForms.Form("""{ "path": "q", "questions": [{ "name": "bank", "type": "bankDetails", "label": "Bank details", "account": §"swift" }] }"""),
            "schema.enum", "/pages/0/questions/0/account");
    }

    [Fact]
    public void Conditions_OnBankDetails_CanOnlyAskWhetherItIsAnswered()
    {
        var question = Question("");

        Assert.Equal(["answered"], question.Kind.Operators(question.Settings));
        Assert.False(question.Kind.CanPrefill);
    }

    [Fact]
    public void SubjectRules_BankDetails_AreOnlyTheNamesLength()
    {
        var question = Question("");

        Assert.Equal(["maxLength"], question.Kind.SubjectRules(question));
    }

    [Fact]
    public void ValidSamples_UkAndIban_FillTheBoxesTheAnswerReads()
    {
        var uk = Question("");
        var iban = Question(", \"account\": \"iban\"");

        Assert.Equal(["bank-account-name", "bank-sort-code", "bank-account-number"], uk.Kind.ValidSamples(uk, DateOnly.MinValue)[0].Fields.Select(f => f.Name));
        Assert.Equal(["bank-account-name", "bank-iban"], iban.Kind.ValidSamples(iban, DateOnly.MinValue)[0].Fields.Select(f => f.Name));
    }
}
