using System.Text.Json;
using GovDesign.Patterns.Answers;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class AnswerJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("""{"type":"text","maxLength":20}""", typeof(TextAnswer))]
    [InlineData("""{"type":"longText"}""", typeof(LongTextAnswer))]
    [InlineData("""{"type":"number","decimalPlaces":1}""", typeof(NumberAnswer))]
    [InlineData("""{"type":"money"}""", typeof(MoneyAnswer))]
    [InlineData("""{"type":"date","precision":"monthYear","mustBeInPast":true,"before":"2030-01-01"}""", typeof(DateAnswer))]
    [InlineData("""{"type":"name","parts":"givenAndFamily"}""", typeof(NameAnswer))]
    [InlineData("""{"type":"email"}""", typeof(EmailAnswer))]
    [InlineData("""{"type":"phone","defaultRegion":"VN"}""", typeof(PhoneAnswer))]
    [InlineData("""{"type":"ukAddress"}""", typeof(UkAddressAnswer))]
    [InlineData("""{"type":"internationalAddress"}""", typeof(InternationalAddressAnswer))]
    [InlineData("""{"type":"nationalId","kind":"custom","checksum":"luhn"}""", typeof(NationalIdAnswer))]
    [InlineData("""{"type":"yesNo"}""", typeof(YesNoAnswer))]
    [InlineData("""{"type":"singleChoice","options":[{"value":"a","text":"A"}]}""", typeof(SingleChoiceAnswer))]
    [InlineData("""{"type":"multipleChoice","options":[{"value":"a","text":"A"}],"noneOption":{"value":"none","text":"None"}}""", typeof(MultipleChoiceAnswer))]
    [InlineData("""{"type":"file","allowedKinds":["pdf","docx"],"maxBytes":1000}""", typeof(FileAnswer))]
    public void Deserialise_TypeKind_GivesTheRecord(string json, Type expected)
    {
        var answer = JsonSerializer.Deserialize<AnswerType>(json, Web);

        Assert.IsType(expected, answer);
    }

    [Fact]
    public void Deserialise_Date_ReadsItsOptions()
    {
        var answer = (DateAnswer)JsonSerializer.Deserialize<AnswerType>("""{"type":"date","precision":"monthYear","mustBeInPast":true,"before":"2030-01-01"}""", Web)!;

        Assert.Equal(new DateAnswer { Precision = DatePrecision.MonthYear, MustBeInPast = true, Before = new DateOnly(2030, 1, 1), Clock = answer.Clock }, answer);
    }

    [Fact]
    public void Serialise_ThenDeserialise_RoundTrips()
    {
        var original = new FileAnswer { AllowedKinds = [FileKind.Pdf, FileKind.Odt], MaxBytes = 5 };

        var json = JsonSerializer.Serialize<AnswerType>(original, Web);
        var again = (FileAnswer)JsonSerializer.Deserialize<AnswerType>(json, Web)!;

        Assert.StartsWith("""{"type":"file",""", json);
        Assert.Contains("\"odt\"", json);
        Assert.Equal(original.AllowedKinds, again.AllowedKinds);
    }
}
