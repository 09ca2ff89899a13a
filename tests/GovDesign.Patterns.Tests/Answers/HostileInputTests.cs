using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

/// <summary>Every answer type, given hostile input in every box it reads: no exception, no markup let through.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] Boxes =
        ["q", "q-day", "q-month", "q-year", "q-given", "q-family", "q-line1", "q-line2", "q-line3", "q-line4", "q-town", "q-county", "q-postcode", "q-country", "q-checked"];

    private static readonly Dictionary<string, AnswerType> Types = new()
    {
        ["text"] = new TextAnswer { Pattern = "[a-z]+" },
        ["longText"] = new LongTextAnswer { MaxLength = 100 },
        ["number"] = new NumberAnswer(),
        ["money"] = new MoneyAnswer(),
        ["date"] = new DateAnswer(),
        ["time"] = new TimeAnswer { Earliest = new TimeOnly(8, 0) },
        ["name"] = new NameAnswer(),
        ["givenFamily"] = new NameAnswer { Parts = NameParts.GivenAndFamily },
        ["email"] = new EmailAnswer(),
        ["phone"] = new PhoneAnswer(),
        ["ukAddress"] = new UkAddressAnswer { AskCounty = true },
        ["internationalAddress"] = new InternationalAddressAnswer(),
        ["nationalId"] = new NationalIdAnswer(),
        ["customId"] = new NationalIdAnswer { Kind = NationalIdKind.Custom, Pattern = "[0-9]+", Checksum = IdChecksum.Mod11 },
        ["yesNo"] = new YesNoAnswer(),
        ["singleChoice"] = new SingleChoiceAnswer { Options = [new("a", "A")] },
        ["multipleChoice"] = new MultipleChoiceAnswer { Options = [new("a", "A")], NoneOption = new("none", "None") },
        ["file"] = new FileAnswer(),
    };

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["hundred thousand characters"] = new string('9', 100_000),
        ["hundred thousand spaces"] = new string(' ', 100_000),
        ["script tag"] = "<script>alert('x')</script>",
        ["attribute breakout"] = "\"><img src=x onerror=alert(1)>",
        ["control characters"] = "1\u0000\u0007\u001B2",
        ["bidirectional override"] = "abc\u202Edef",
        ["full-width digits"] = "１２３４",
        ["mixed scripts"] = "Nguyễn Ελένη 王 محمد",
        ["leading and trailing spaces"] = "   12   ",
        ["only spaces"] = "     ",
        ["emoji"] = "👩‍👩‍👧",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in Types.Keys)
        {
            foreach (var input in Inputs.Keys)
            {
                data.Add(type, input);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ReadThenRender_HostileInput_NeverThrowsAndNeverLetsMarkupThrough(string type, string input)
    {
        var answer = Types[type];
        var form = Form([.. Boxes.Select(box => (box, Inputs[input]))]);

        var result = answer.Read(Question(), form);
        var document = await RenderAfterPostAsync(answer, Question(), form);

        Assert.True(result.Value is not null || result.Errors.Count > 0 || input == "only spaces");
        Assert.All(result.Errors, error => Assert.NotNull(document.GetElementById(error.FieldId)));
        Assert.Empty(document.QuerySelectorAll("script, img"));
    }
}
