using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class NameAnswerTests
{
    [Theory]
    [InlineData("Siân O'Brien")]
    [InlineData("Mary-Jane Smith-Jones")]
    [InlineData("Teller")]
    [InlineData("Nguyễn Thị Minh Khai")]
    [InlineData("Trần Hưng Đạo")]
    [InlineData("D’Arcy")]
    [InlineData("J. R. R. Tolkien")]
    [InlineData("Dafydd ap Gruffydd")]
    [InlineData("Ελένη Παπαδοπούλου")]
    [InlineData("Олександр Шевченко")]
    [InlineData("محمد علي")]
    [InlineData("王小明")]
    [InlineData("さくら")]
    [InlineData("Ngozi Okonjo-Iweala")]
    [InlineData("देवनागरी नाम")]
    [InlineData("Zoë Ægir Øberg")]
    public void Read_RealName_IsAccepted(string name)
    {
        var result = new NameAnswer().Read(Question(subject: "your full name"), One(name));

        Assert.Empty(result.Errors);
        Assert.Equal(name.Normalize(), result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "Enter your full name")]
    [InlineData("R2D2", "Your full name must only include letters, spaces, hyphens, apostrophes and full stops")]
    [InlineData("<script>alert(1)</script>", "Your full name must only include letters, spaces, hyphens, apostrophes and full stops")]
    [InlineData("name@example.com", "Your full name must only include letters, spaces, hyphens, apostrophes and full stops")]
    [InlineData("'-.", "Your full name must only include letters, spaces, hyphens, apostrophes and full stops")]
    [InlineData("Ann\u0000", "Your full name must not include hidden control characters")]
    public void Read_NotAName_SaysWhatIsWrong(string posted, string message)
    {
        var result = new NameAnswer().Read(Question(subject: "your full name"), One(posted));

        Assert.Equal(message, OnlyError(result));
    }

    [Fact]
    public void Read_TooLong_SaysTheLimit()
    {
        var result = new NameAnswer { MaxLength = 5 }.Read(Question(subject: "your full name"), One("Abcdef"));

        Assert.Equal("Your full name must be 5 characters or fewer", OnlyError(result));
    }

    [Theory]
    [InlineData("Siân", "Jones", "Siân", "Jones")]
    [InlineData("Teller", "", "Teller", "")]
    public void Read_GivenAndFamily_IsSavedAsAnObject(string given, string family, string expectedGiven, string expectedFamily)
    {
        var result = new NameAnswer { Parts = NameParts.GivenAndFamily }.Read(Question(), Form(("q-given", given), ("q-family", family)));

        Assert.Empty(result.Errors);
        Assert.Equal(expectedGiven, result.Value!["given"]!.GetValue<string>());
        Assert.Equal(expectedFamily, result.Value!["family"]!.GetValue<string>());
    }

    [Fact]
    public void Read_GivenAndFamily_EveryWrongBoxHasItsOwnError()
    {
        var answer = new NameAnswer { Parts = NameParts.GivenAndFamily, FamilyNameOptional = false };

        var result = answer.Read(Question(), Form(("q-given", ""), ("q-family", "4")));

        Assert.Equal(["q-given", "q-family"], result.Errors.Select(e => e.FieldId));
        Assert.Equal("Enter given names", result.Errors[0].Message);
    }

    [Fact]
    public void Describe_GivenAndFamily_JoinsThem()
    {
        var text = new NameAnswer { Parts = NameParts.GivenAndFamily }.Describe(new JsonObject { ["given"] = "Siân", ["family"] = "Jones" });

        Assert.Equal("Siân Jones", text);
    }
}
