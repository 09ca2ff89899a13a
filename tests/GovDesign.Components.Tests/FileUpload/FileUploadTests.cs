using GovDesign.Components.Binding;

namespace GovDesign.Components.Tests.FileUpload;

public sealed class FileUploadTests
{
    [Fact]
    public async Task Render_WithoutName_ThrowsNamingFileUploadAndName()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Render.Html<Components.FileUpload>("""{ "label": { "text": "Upload a file" } }"""));

        Assert.StartsWith("FileUpload: option 'name' is required", error.Message);
    }

    [Fact]
    public async Task Render_WithValue_AcceptsItAndDoesNotRenderIt()
    {
        var html = await Render.Html<Components.FileUpload>("""{ "name": "photo", "value": "C:\\fakepath\\photo.jpg" }""");

        Assert.Contains("type=\"file\"", html);
        Assert.DoesNotContain("value=", html);
        Assert.DoesNotContain("fakepath", html);
    }

    [Fact]
    public async Task Render_EnhancedInEnglishWithoutTexts_LeavesTheTextsToTheJavaScript()
    {
        var html = await Render.Html<Components.FileUpload>("""{ "name": "photo", "javascript": true }""");

        Assert.Contains("data-module=\"govuk-file-upload\"", html);
        Assert.DoesNotContain("data-i18n", html);
    }

    [Theory]
    [InlineData("cy", "data-i18n.choose-files-button=\"Dewis ffeil\"")]
    [InlineData("cy", "data-i18n.multiple-files-chosen.other=\"%{count} ffeil wedi&#x27;u dewis\"")]
    [InlineData("vi", "data-i18n.no-file-chosen=\"Chưa chọn tệp nào\"")]
    [InlineData("vi", "data-i18n.left-drop-zone=\"Đã rời vùng thả tệp\"")]
    public async Task Render_EnhancedOutsideEnglish_GivesTheJavaScriptItsTextsInTheCurrentLanguage(string culture, string expected)
    {
        var html = await Render.Html<Components.FileUpload>("""{ "name": "photo", "javascript": true }""", culture);

        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Render_EnhancedWithAGivenText_UsesItOverTheLocalisedDefault()
    {
        var html = await Render.Html<Components.FileUpload>("""
            { "name": "photo", "javascript": true, "chooseFilesButtonText": "Dewiswch lun" }
            """, "cy");

        Assert.Contains("data-i18n.choose-files-button=\"Dewiswch lun\"", html);
        Assert.Contains("data-i18n.no-file-chosen=\"Dim ffeil wedi&#x27;i dewis\"", html);
    }

    [Fact]
    public async Task Render_NotEnhanced_WritesNoTextsEvenOutsideEnglish()
    {
        var html = await Render.Html<Components.FileUpload>("""{ "name": "photo", "chooseFilesButtonText": "Dewiswch lun" }""", "cy");

        Assert.DoesNotContain("data-i18n", html);
    }
}
