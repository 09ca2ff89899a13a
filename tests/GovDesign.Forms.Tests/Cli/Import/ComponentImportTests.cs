using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>XGov input components as GovDesign questions: one test per mapping rule, approximation and drop.</summary>
public sealed class ComponentImportTests
{
    [Fact]
    public void Import_TextField_WritesTextQuestionWithLengthsPatternAndSubject()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "TextField", "name": "fullName", "title": "What is your full name?", "options": {}, "schema": { "min": 2, "max": 70, "regex": "[A-Za-z ]+" } }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal("full-name", (string?)question["name"]);
        Assert.Equal("text", (string?)question["type"]);
        Assert.Equal(2, (int?)question["minLength"]);
        Assert.Equal(70, (int?)question["maxLength"]);
        Assert.Equal("[A-Za-z ]+", (string?)question["pattern"]);
        Assert.Equal("your full name", (string?)question["subject"]);
        Assert.Equal((1, 1), (report.QuestionsMapped, report.QuestionsTotal));
        report.Entry(Outcome.Mapped, "/pages/0/components/0");
    }

    [Fact]
    public void Import_NumberFieldWithPoundPrefix_WritesMoneyQuestionWithRange()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "NumberField", "name": "cost", "title": "Cost", "options": { "prefix": "£" }, "schema": { "min": 1, "max": 500 } }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal("money", (string?)question["type"]);
        Assert.Equal("GBP", (string?)question["currency"]);
        Assert.Equal(500, (long?)question["max"]);
    }

    [Fact]
    public void Import_NumberFieldWithPrecisionZero_WritesWholeNumber()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "NumberField", "name": "people", "title": "Number of people", "options": {}, "schema": { "min": 0, "precision": 0 } }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal("number", (string?)question["type"]);
        Assert.True((bool?)question["wholeNumber"]);
        Assert.Equal(0, (long?)question["min"]);
    }

    [Fact]
    public void Import_DatePartsFieldWithMaxDaysInPast_WritesDateWithEarliest()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "DatePartsField", "name": "onset", "title": "Date symptoms started", "options": { "maxDaysInPast": 30 }, "schema": {} }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal("date", (string?)question["type"]);
        Assert.Equal("-30d", (string?)question["earliest"]);
    }

    [Fact]
    public void Import_MonthYearField_WritesMonthYearPrecision()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "MonthYearField", "name": "startMonth", "title": "Start month", "options": {}, "schema": {} }"""));

        Assert.Equal("monthYear", (string?)Assert.Single(definition.Questions())["precision"]);
    }

    [Fact]
    public void Import_RadiosFieldWithList_WritesSingleChoiceWithOptionsAndHints()
    {
        const string Lists = """[{ "name": "colours", "title": "Colours", "type": "string", "items": [{ "text": "Red", "value": "red", "description": "Like a post box" }, { "text": "Blue", "value": 2 }] }]""";
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "RadiosField", "name": "colour", "title": "Which colour?", "list": "colours", "options": {}, "schema": {} }""", Lists));

        var options = (JsonArray)Assert.Single(definition.Questions())["options"]!;
        Assert.Equal(["red", "2"], options.Select(o => (string?)o!["value"]));
        Assert.Equal("Like a post box", (string?)options[0]!["hint"]);
    }

    [Fact]
    public void Import_ListItemWithACondition_IsApproximatedAndAnEmptyConditionIsNot()
    {
        const string Lists = """[{ "name": "l", "title": "L", "type": "string", "items": [{ "text": "A", "value": "a", "condition": "" }, { "text": "B", "value": "b", "condition": "onlySometimes" }] }]""";
        var (_, report) = XGov.Import(XGov.OnePage("""{ "type": "RadiosField", "name": "pick", "title": "Pick", "list": "l", "options": {}, "schema": {} }""", Lists));

        Assert.Equal("list item with a condition", report.Entry(Outcome.Approximated, "/pages/0/components/0/list").Topic);

        var (_, plain) = XGov.Import(XGov.OnePage("""{ "type": "RadiosField", "name": "pick", "title": "Pick", "list": "l", "options": {}, "schema": {} }""", Lists.Replace("onlySometimes", "", StringComparison.Ordinal)));
        Assert.DoesNotContain(plain.Entries, e => e.Topic == "list item with a condition");
    }

    [Fact]
    public void Import_CheckboxesField_WritesMultipleChoice()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "CheckboxesField", "name": "symptoms", "title": "Symptoms", "list": "yn", "options": {}, "schema": {} }""", XGov.YesNoList));

        Assert.Equal("multipleChoice", (string?)Assert.Single(definition.Questions())["type"]);
    }

    [Fact]
    public void Import_YesNoField_WritesYesNoWithYesIfSubject()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "YesNoField", "name": "hasPassport", "title": "Do you have a UK passport?", "options": {}, "schema": {} }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal("yesNo", (string?)question["type"]);
        Assert.Equal("yes if you have a UK passport", (string?)question["subject"]);
    }

    [Fact]
    public void Import_ChoiceWithoutList_ApproximatesAsText()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "RadiosField", "name": "pick", "title": "Pick one", "list": "missing", "options": {}, "schema": {} }"""));

        Assert.Equal("text", (string?)Assert.Single(definition.Questions())["type"]);
        report.Entry(Outcome.Approximated, "/pages/0/components/0");
    }

    [Fact]
    public void Import_UnknownInputComponent_DropsItWithItsPointer()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "MapDrawingField", "name": "area", "title": "Draw the area", "options": {}, "schema": {} }, { "type": "TextField", "name": "notes", "title": "Notes", "options": {}, "schema": {} }"""));

        Assert.Single(definition.Questions());
        Assert.Equal((1, 2), (report.QuestionsMapped, report.QuestionsTotal));
        Assert.Equal("component MapDrawingField", report.Entry(Outcome.Dropped, "/pages/0/components/0").Topic);
    }

    [Fact]
    public void Import_RequiredFalse_WritesOptional()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "EmailAddressField", "name": "email", "title": "Email address", "options": { "required": false }, "schema": {} }"""));

        var question = Assert.Single(definition.Questions());
        Assert.Equal("email", (string?)question["type"]);
        Assert.True((bool?)question["optional"]);
    }

    [Fact]
    public void Import_CustomValidationMessages_WritesMessagesByRuleAndSkipsTemplates()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "NumberField", "name": "age", "title": "Age", "options": { "customValidationMessages": { "number.min": "Age must be 16 or more", "number.max": "{{#label}} is too high" } }, "schema": { "min": 16, "max": 120 } }"""));

        var messages = (JsonObject)Assert.Single(definition.Questions())["messages"]!;
        Assert.Equal("Age must be 16 or more", (string?)messages["min"]);
        Assert.False(messages.ContainsKey("max"));
        report.Entry(Outcome.Approximated, "/pages/0/components/0/options/customValidationMessages/number.max");
    }

    [Fact]
    public void Import_RepeatedNames_MakesThemUnique()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "TextField", "name": "town", "title": "Town", "options": {}, "schema": {} }, { "type": "TextField", "name": "Town", "title": "Town again", "options": {}, "schema": {} }"""));

        Assert.Equal(["town", "town-2"], definition.Questions().Select(q => (string?)q["name"]));
    }

    [Fact]
    public void Import_DesignerGeneratedName_NamesTheQuestionFromItsLabel()
    {
        var (definition, _) = XGov.Import(XGov.OnePage("""{ "type": "TextField", "name": "IjcnGk", "title": "Organisation name", "options": {}, "schema": {} }"""));

        Assert.Equal("organisation-name", (string?)Assert.Single(definition.Questions())["name"]);
    }

    [Fact]
    public void Import_MultiInputFieldAloneOnPage_WritesAddAnotherPageOfItsFields()
    {
        var (definition, report) = XGov.Import(XGov.OnePage("""{ "type": "MultiInputField", "name": "costs", "title": "Costs", "options": {}, "schema": {}, "children": [{ "type": "TextField", "name": "item", "title": "Item", "options": {}, "schema": {} }, { "type": "NumberField", "name": "amount", "title": "Amount", "options": {}, "schema": {} }] }"""));

        Assert.NotNull(definition.Pages()[0]!["repeat"]);
        Assert.Equal(2, definition.Questions().Count);
        Assert.Equal((1, 1), (report.QuestionsMapped, report.QuestionsTotal));
    }
}
