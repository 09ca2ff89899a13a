using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.TaskList;

public sealed class TaskListTests
{
    [Fact]
    public async Task Render_WithoutItems_ThrowsNamingTheItemsOption()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.TaskList>("""{ "idPrefix": "tasks" }"""));

        Assert.Equal("TaskList: option 'items' is required", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutTitle_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.TaskList>(
            """{ "items": [{ "href": "#", "status": { "text": "Completed" } }] }"""));

        Assert.Equal("TaskList: option 'items[0].title.text' is required, or give 'html'", error.Message);
    }

    [Fact]
    public async Task Render_ItemWithoutStatus_ThrowsNamingTheItem()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => Render.Html<Components.TaskList>(
            """{ "items": [{ "title": { "text": "Company details" }, "href": "#" }] }"""));

        Assert.Equal("TaskList: option 'items[0].status' is required: a tag, text or HTML", error.Message);
    }

    [Fact]
    public async Task Render_LinkedTaskWithHint_IsDescribedByHintThenStatus()
    {
        var html = await Render.Html<Components.TaskList>(
            """{ "idPrefix": "plan", "items": [{ "title": { "text": "Business plan" }, "hint": { "text": "Objectives" }, "href": "#", "status": { "tag": { "text": "Review", "classes": "govuk-tag--blue" } } }] }""");

        Assert.Contains("aria-describedby=\"plan-1-hint plan-1-status\"", html);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--blue\">Review</strong>", html);
    }
}
