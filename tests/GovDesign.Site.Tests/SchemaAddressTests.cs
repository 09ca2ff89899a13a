using GovDesign.Forms.Loading;

namespace GovDesign.Site.Tests;

/// <summary>The form schema at its stable address, which definitions name in <c>$schema</c>, served and exported.</summary>
public sealed class SchemaAddressTests(TestSite site)
{
    [Fact]
    public void SchemaPath_IsThePathOfTheSchemasId()
    {
        Assert.Equal("/schemas/form/v1.json", SiteApp.SchemaPath);
        Assert.Equal(FormLoader.SchemaUrl, (string?)FormLoader.Schema["$id"]);
    }

    [Fact]
    public async Task Get_SchemaPath_AnswersTheEmbeddedSchemaAsSchemaJson()
    {
        using var response = await site.Http.GetAsync(SiteApp.SchemaPath, TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FormLoader.SchemaText, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Export_WritesTheSchemaAtItsPath()
    {
        var file = Path.Combine(site.ExportRoot, "schemas", "form", "v1.json");

        Assert.Equal(FormLoader.SchemaText, File.ReadAllText(file));
    }
}
