using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class AnswerRenderTests
{
    public static TheoryData<string, string, string> Autocomplete() => new()
    {
        { "email", "#q", "email" },
        { "phone", "#q", "tel" },
        { "name", "#q", "name" },
        { "givenFamily", "#q-given", "given-name" },
        { "givenFamily", "#q-family", "family-name" },
        { "dob", "#q-day", "bday-day" },
        { "dob", "#q-month", "bday-month" },
        { "dob", "#q-year", "bday-year" },
        { "ukAddress", "#q-line1", "address-line1" },
        { "ukAddress", "#q-town", "address-level2" },
        { "ukAddress", "#q-postcode", "postal-code" },
        { "internationalAddress", "#q-country", "country" },
    };

    private static AnswerType Make(string kind) => kind switch
    {
        "email" => new EmailAnswer(),
        "phone" => new PhoneAnswer(),
        "name" => new NameAnswer(),
        "givenFamily" => new NameAnswer { Parts = NameParts.GivenAndFamily },
        "dob" => new DateAnswer { Autocomplete = "bday" },
        "ukAddress" => new UkAddressAnswer(),
        _ => new InternationalAddressAnswer(),
    };

    [Theory]
    [MemberData(nameof(Autocomplete))]
    public async Task Render_Inputs_HaveTheirAutocompletePurpose(string kind, string selector, string purpose)
    {
        var document = await RenderAsync(Make(kind), Question(), new AnswerState());

        Assert.Equal(purpose, document.QuerySelector(selector)?.GetAttribute("autocomplete"));
    }

    [Fact]
    public async Task Render_Label_IsThePageHeadingWithTheCaptionInside()
    {
        var question = Question() with { Caption = "About you", Hint = "As on your passport" };

        var document = await RenderAsync(new TextAnswer(), question, new AnswerState());

        var heading = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("About you", heading.QuerySelector("label[for=q] .govuk-caption-l")?.TextContent);
        Assert.Contains("What is your answer?", heading.TextContent);
        Assert.Equal("q-hint", document.QuerySelector("#q")?.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Render_Legend_IsThePageHeadingForGroups()
    {
        var document = await RenderAsync(new YesNoAnswer(), Question() with { Caption = "Travel" }, new AnswerState());

        Assert.NotNull(document.QuerySelector("fieldset legend h1.govuk-fieldset__heading .govuk-caption-l"));
    }

    [Fact]
    public async Task Render_NotPageHeading_HasNoH1()
    {
        var document = await RenderAsync(new TextAnswer(), Question() with { IsPageHeading = false }, new AnswerState());

        Assert.Empty(document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Render_AfterAnError_ShowsThePostedTextEncodedAndTheErrorBesideIt()
    {
        var answer = new TextAnswer { MaxLength = 5 };

        var document = await RenderAfterPostAsync(answer, Question(), One("<script>alert('x')</script>"));

        var input = document.QuerySelector("input#q")!;
        Assert.Equal("<script>alert('x')</script>", input.GetAttribute("value"));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("q-error", input.GetAttribute("aria-describedby"));
        Assert.Contains("Your answer must be 5 characters or fewer", document.QuerySelector("#q-error")!.TextContent);
        Assert.NotNull(document.QuerySelector(".govuk-form-group--error input.govuk-input--error#q"));
    }

    [Fact]
    public async Task Render_SavedValue_IsShownWhenNothingWasPosted()
    {
        var document = await RenderAsync(new TextAnswer(), Question(), new AnswerState { Value = JsonValue.Create("<b>saved</b>") });

        Assert.Equal("<b>saved</b>", document.QuerySelector("input#q")?.GetAttribute("value"));
        Assert.Null(document.QuerySelector("b"));
    }

    [Fact]
    public async Task Render_DateError_MarksOnlyTheWrongPartsAndTheSummaryTargetExists()
    {
        var answer = new DateAnswer();
        var form = Form(("q-day", "3"), ("q-month", ""), ("q-year", ""));

        var document = await RenderAfterPostAsync(answer, Question(), form);

        var error = Assert.Single(answer.Read(Question(), form).Errors);
        Assert.Equal("q-month", error.FieldId);
        Assert.NotNull(document.GetElementById(error.FieldId));
        Assert.Equal(["q-month", "q-year"], document.QuerySelectorAll(".govuk-input--error").Select(e => e.Id));
        Assert.Equal("3", document.QuerySelector("#q-day")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_DateFromSavedValue_FillsTheBoxesWithoutLeadingZeros()
    {
        var document = await RenderAsync(new DateAnswer(), Question(), new AnswerState { Value = JsonValue.Create("2026-02-03") });

        Assert.Equal(["3", "2", "2026"], document.QuerySelectorAll("input.govuk-date-input__input").Select(i => i.GetAttribute("value")));
    }

    [Theory]
    [InlineData("cy", "Rhowch eich cyfeiriad", "Llinell gyntaf y cyfeiriad", "Rhowch god post")]
    [InlineData("vi", "Nhập địa chỉ", "Địa chỉ dòng 1", "Nhập mã bưu chính")]
    public async Task Render_AddressErrors_InWelshAndVietnamese(string culture, string unused, string line1Label, string postcodeError)
    {
        _ = unused;
        var document = await RenderAfterPostAsync(new UkAddressAnswer(), Question(), Form(("q-line1", ""), ("q-town", ""), ("q-postcode", "")), culture);

        Assert.Equal(line1Label, document.QuerySelector("label[for=q-line1]")?.TextContent.Trim());
        Assert.Contains(postcodeError, document.QuerySelector("#q-postcode-error")?.TextContent);
    }

    [Theory]
    [InlineData("en", "Yes", "No")]
    [InlineData("cy", "Ie", "Na")]
    [InlineData("vi", "Có", "Không")]
    public async Task Render_YesNo_InTheCurrentLanguage_FirstRadioIsTheSummaryTarget(string culture, string yes, string no)
    {
        var document = await RenderAsync(new YesNoAnswer(), Question(), new AnswerState(), culture);

        Assert.Equal([yes, no], document.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent.Trim()));
        Assert.Equal("yes", document.GetElementById("q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WelshError_IsInWelshWithTheWelshHiddenPrefix()
    {
        var document = await RenderAfterPostAsync(new TextAnswer(), Question(subject: "eich enw"), One(""), "cy");

        var message = document.QuerySelector("#q-error")!.TextContent;
        Assert.Contains("Rhowch eich enw", message);
        Assert.DoesNotContain("Error:", message);
    }

    [Fact]
    public async Task Render_SingleChoiceAboveThreshold_IsAPlainSelectWithTheSavedOptionSelected()
    {
        var answer = new SingleChoiceAnswer { Options = [.. Enumerable.Range(1, 12).Select(i => new AnswerOption($"o{i}", $"Option {i}"))] };

        var document = await RenderAsync(answer, Question(), new AnswerState { Value = JsonValue.Create("o7") });

        Assert.Equal(13, document.QuerySelectorAll("select#q option").Length);
        Assert.Equal("o7", document.QuerySelector("select#q option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_MultipleChoice_NoneIsExclusiveAfterADivider()
    {
        var answer = new MultipleChoiceAnswer { Options = [new("a", "A"), new("b", "B")], NoneOption = new("none", "None of these") };

        var document = await RenderAsync(answer, Question(), new AnswerState { Value = new JsonArray("b") });

        Assert.Equal("exclusive", document.QuerySelector("input[value=none]")?.GetAttribute("data-behaviour"));
        Assert.NotNull(document.QuerySelector(".govuk-checkboxes__divider"));
        Assert.NotNull(document.QuerySelector("input[value=b][checked]"));
        Assert.Equal("q", document.QuerySelector("input[value=a]")?.Id);
    }

    [Fact]
    public async Task Render_InternationalAddress_CountrySelectIsPlainWithoutScriptAndKeepsTheChoice()
    {
        var document = await RenderAfterPostAsync(new InternationalAddressAnswer(), Question(), Form(("q-line1", ""), ("q-country", "VN")), "vi");

        var select = document.QuerySelector("select#q-country")!;
        Assert.Equal("VN", select.QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Equal("Việt Nam", select.QuerySelector("option[selected]")?.TextContent);
        Assert.InRange(select.QuerySelectorAll("option").Length, 240, 262);
        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Render_Number_HasNumericKeyboardAndUnits()
    {
        var document = await RenderAsync(new NumberAnswer { Suffix = "kg" }, Question(), new AnswerState { Value = JsonValue.Create(12m) });

        var input = document.QuerySelector("input#q")!;
        Assert.Equal("numeric", input.GetAttribute("inputmode"));
        Assert.Equal("12", input.GetAttribute("value"));
        Assert.Equal("kg", document.QuerySelector(".govuk-input__suffix")?.TextContent.Trim());
    }

    [Fact]
    public async Task Render_FileUpload_AcceptsTheAllowedTypes()
    {
        var document = await RenderAsync(new FileAnswer(), Question(), new AnswerState());

        Assert.Contains("application/pdf", document.QuerySelector("input[type=file]#q")?.GetAttribute("accept"));
    }

    [Fact]
    public async Task Render_ControlCharacterError_ShowsTheRawPostWithoutBreakingTheMarkup()
    {
        var document = await RenderAfterPostAsync(new NameAnswer(), Question(), One("Ann\u0001\"><img src=x>"));

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains("hidden control characters", document.QuerySelector("#q-error")?.TextContent);
    }
}
