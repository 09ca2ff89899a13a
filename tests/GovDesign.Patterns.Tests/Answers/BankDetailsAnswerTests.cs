using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class BankDetailsAnswerTests
{
    private static AnswerQuestion Bank => Question("bank", "your bank details");

    private static Microsoft.AspNetCore.Http.FormCollection Uk(string name, string sortCode, string account, string roll = "") =>
        Form(("bank-account-name", name), ("bank-sort-code", sortCode), ("bank-account-number", account), ("bank-roll-number", roll));

    [Theory]
    [InlineData("12 34 56", "12345678", "12-34-56", "12345678")]
    [InlineData("12-34-56", "1234 5678", "12-34-56", "12345678")]
    [InlineData("123456", "123456", "12-34-56", "00123456")]
    [InlineData("１２３４５６", "1234567", "12-34-56", "01234567")]
    [InlineData("12 – 34 – 56", "12-34-56-78", "12-34-56", "12345678")]
    public void Read_UkAccount_IsTidied(string sortCode, string account, string expectedSortCode, string expectedAccount)
    {
        var result = new BankDetailsAnswer().Read(Bank, Uk("Sam Jones", sortCode, account));

        Assert.Empty(result.Errors);
        Assert.Equal("Sam Jones", result.Value!["accountName"]!.GetValue<string>());
        Assert.Equal(expectedSortCode, result.Value["sortCode"]!.GetValue<string>());
        Assert.Equal(expectedAccount, result.Value["accountNumber"]!.GetValue<string>());
        Assert.Null(result.Value["rollNumber"]);
    }

    [Fact]
    public void Read_NothingEntered_SaysWhatIsMissingForEachBox()
    {
        var result = new BankDetailsAnswer().Read(Bank, Uk("", "", ""));

        Assert.Equal(
            [("bank-account-name", "Enter the name on the account"), ("bank-sort-code", "Enter a sort code"), ("bank-account-number", "Enter an account number")],
            result.Errors.Select(e => (e.FieldId, e.Message)));
    }

    [Theory]
    [InlineData("12345", "12345678", "bank-sort-code", "Sort code must be 6 digits, like 12 34 56")]
    [InlineData("12 34 5A", "12345678", "bank-sort-code", "Sort code must be 6 digits, like 12 34 56")]
    [InlineData("123456", "12345", "bank-account-number", "Account number must be between 6 and 8 digits")]
    [InlineData("123456", "123456789", "bank-account-number", "Account number must be between 6 and 8 digits")]
    [InlineData("123456", "1234567X", "bank-account-number", "Account number must be between 6 and 8 digits")]
    public void Read_WrongShape_NamesTheBoxAndTheRule(string sortCode, string account, string field, string message)
    {
        var result = new BankDetailsAnswer().Read(Bank, Uk("Sam Jones", sortCode, account));

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, message), (error.FieldId, error.Message));
    }

    [Theory]
    [InlineData("abc/123-4.5", "ABC/123-4.5", null)]
    [InlineData("1234567890123456789", null, "Roll number must be 18 characters or fewer, using only letters, numbers, spaces, hyphens, slashes and full stops")]
    [InlineData("ROLL#1", null, "Roll number must be 18 characters or fewer, using only letters, numbers, spaces, hyphens, slashes and full stops")]
    public void Read_RollNumber_IsOptionalAndChecked(string roll, string? saved, string? message)
    {
        var result = new BankDetailsAnswer().Read(Bank, Uk("Sam Jones", "123456", "12345678", roll));

        Assert.Equal(saved, result.Value?["rollNumber"]?.GetValue<string>());
        Assert.Equal(message, result.Errors.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", null)]
    [InlineData("de89 3704 0044 0532 0130 00", "DE89370400440532013000", null)]
    [InlineData("GB82 WEST 1234 5698 7654 33", null, "Check the IBAN: one or more of its characters is wrong")]
    [InlineData("GB82 WEST", null, "IBAN must start with 2 letters for the country and 2 numbers, then up to 30 letters and numbers")]
    [InlineData("1282 WEST 1234 5698 7654 32", null, "IBAN must start with 2 letters for the country and 2 numbers, then up to 30 letters and numbers")]
    public void Read_Iban_ChecksItsCheckDigits(string posted, string? saved, string? message)
    {
        var result = new BankDetailsAnswer { Kind = BankAccountKind.Iban }.Read(Bank, Form(("bank-account-name", "Sam Jones"), ("bank-iban", posted)));

        Assert.Equal(saved, result.Value?["iban"]?.GetValue<string>());
        Assert.Equal(message, result.Errors.SingleOrDefault()?.Message);
    }

    [Fact]
    public void Read_OptionalQuestionLeftEmpty_HasNoValueAndNoError()
    {
        var result = new BankDetailsAnswer().Read(Bank with { Required = false }, Uk("", "", ""));

        Assert.Null(result.Value);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Read_OptionalQuestionHalfAnswered_AsksForTheRest()
    {
        var result = new BankDetailsAnswer().Read(Bank with { Required = false }, Uk("Sam Jones", "", ""));

        Assert.Equal(["bank-sort-code", "bank-account-number"], result.Errors.Select(e => e.FieldId));
    }

    [Theory]
    [InlineData("cy", "Rhowch god didoli", "Cod didoli")]
    [InlineData("vi", "Nhập mã chi nhánh", "Mã chi nhánh (sort code)")]
    public async Task Render_AfterAnError_InWelshAndVietnamese(string culture, string message, string label)
    {
        var page = await RenderAfterPostAsync(new BankDetailsAnswer(), Bank, Uk("Sam Jones", "", "12345678"), culture);

        Assert.Contains(message, page.QuerySelector("#bank-sort-code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(label, page.QuerySelector("label[for='bank-sort-code']")!.TextContent.Trim());
        Assert.Equal("12345678", page.QuerySelector("#bank-account-number")!.GetAttribute("value"));
        Assert.Equal("numeric", page.QuerySelector("#bank-sort-code")!.GetAttribute("inputmode"));
    }

    [Fact]
    public void Describe_UkAccount_GivesOneDetailALine()
    {
        var value = new JsonObject { ["accountName"] = "Sam Jones", ["sortCode"] = "12-34-56", ["accountNumber"] = "00123456" };

        Assert.Equal("Sam Jones\nSort code: 12-34-56\nAccount number: 00123456", new BankDetailsAnswer().Describe(value));
    }

    [Fact]
    public void Describe_Iban_IsPrintedInGroupsOfFour()
    {
        var value = new JsonObject { ["accountName"] = "Sam Jones", ["iban"] = "GB82WEST12345698765432" };

        Assert.Equal("Sam Jones\nGB82 WEST 1234 5698 7654 32", new BankDetailsAnswer { Kind = BankAccountKind.Iban }.Describe(value));
    }
}
