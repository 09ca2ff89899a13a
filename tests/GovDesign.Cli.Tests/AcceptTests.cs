using System.Text.Json;

namespace GovDesign.Cli.Tests;

/// <summary>
/// <c>--accept</c>: a finding an auditor accepted is reported apart with its reason and does not fail the run,
/// only where its selector covers the element; a file that cannot be read as meant is refused, naming the place.
/// </summary>
public sealed class AcceptTests(AuditedProblemPages audit)
{
    private const string Reason = "The old search box is replaced in March; until then the help desk takes searches by phone.";

    [Fact]
    public async Task Accept_SelectorCoversTheElement_FindingReportedApartAndRunPasses()
    {
        var folder = Directory.CreateTempSubdirectory("govdesign-accept-").FullName;
        var accept = Write(folder, $$"""{ "accepted": [ { "rule": "label", "selector": "main", "reason": "{{Reason}}", "component": "Search box" } ] }""");

        var (exit, output, error) = await Cli.AuditAsync(audit.Site.Url("/missing-label"), "--accept", accept, "--fail-on", "check",
            "--json", Path.Combine(folder, "audit.json"), "--sarif", Path.Combine(folder, "audit.sarif"), "--junit", Path.Combine(folder, "junit.xml"));

        Assert.True(exit == 0, output + error);
        Assert.Contains("1 accepted findings on 1 elements", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "audit.json")));
        var page = json.RootElement.GetProperty("pages")[0];
        Assert.Equal(0, page.GetProperty("violations").GetArrayLength());
        var accepted = Assert.Single(page.GetProperty("accepted").EnumerateArray());
        Assert.Equal("label", accepted.GetProperty("id").GetString());
        Assert.Equal(Reason, accepted.GetProperty("reason").GetString());
        Assert.Equal("Search box", accepted.GetProperty("component").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("accepted").GetInt32());
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "audit.sarif")));
        var suppression = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("suppressions")[0];
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal(Reason, suppression.GetProperty("justification").GetString());
        Assert.Contains($"accepted: {Reason}", File.ReadAllText(Path.Combine(folder, "junit.xml")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Accept_SelectorElsewhere_FindingStaysAndTheEntryIsNamedAsUnused()
    {
        var folder = Directory.CreateTempSubdirectory("govdesign-accept-").FullName;
        var accept = Write(folder, $$"""{ "accepted": [ { "rule": "label", "selector": ".old-search", "reason": "{{Reason}}" }, { "rule": "color-contrast", "selector": "main", "reason": "{{Reason}}" } ] }""");

        var (exit, output, _) = await Cli.AuditAsync(audit.Site.Url("/missing-label"), "--accept", accept);

        Assert.Equal(1, exit);
        Assert.Contains("1 violations on 1 elements", output);
        Assert.Contains("Accepted finding label at .old-search matched nothing", output);
        Assert.Contains("Accepted finding color-contrast at main matched nothing", output);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Accept_FixtureEntry_CoversTheRuleOnThatFixturesPageOnly()
    {
        var folder = Directory.CreateTempSubdirectory("govdesign-accept-").FullName;
        var accept = Write(folder, $$"""{ "accepted": [ { "kind": "fixture", "fixture": "demo/vague-link", "rule": "govdesign-link-vague", "reason": "{{Reason}}" } ] }""");

        var (exit, output, _) = await Cli.AuditAsync(audit.Site.Url("/examples/fixtures/demo/vague-link"), audit.Site.Url("/check/link-vague"),
            "--accept", accept, "--fragments", "--fail-on", "check", "--json", Path.Combine(folder, "audit.json"));

        Assert.Equal(1, exit); // the same link on a page that is not the fixture's stays a check
        Assert.Contains("1 accepted findings on 1 elements", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "audit.json")));
        var pages = json.RootElement.GetProperty("pages");
        Assert.Equal(0, pages[0].GetProperty("violations").GetArrayLength());
        var accepted = Assert.Single(pages[0].GetProperty("accepted").EnumerateArray());
        Assert.Equal(Reason, accepted.GetProperty("reason").GetString());
        Assert.Equal("govuk-frontend fixture demo/vague-link", accepted.GetProperty("acceptedAt").GetString());
        Assert.Equal("demo", accepted.GetProperty("component").GetString());
        Assert.Equal("govdesign-link-vague", Assert.Single(pages[1].GetProperty("violations").EnumerateArray()).GetProperty("id").GetString());
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("""{ "accepted": [ { "kind": "page", "rule": "label", "reason": "Known" } ] }""", "/accepted/0/kind: \"page\" is not a kind of entry: give \"fixture\"")]
    [InlineData("""{ "accepted": [ { "kind": "fixture", "fixture": "radios/without-fieldset", "rule": "label" } ] }""", "/accepted/0/reason: give why the finding is accepted")]
    [InlineData("""{ "accepted": [ { "kind": "fixture", "fixture": "Radios without fieldset", "rule": "label", "reason": "Known" } ] }""", "/accepted/0/fixture: \"Radios without fieldset\" is not a fixture's address")]
    [InlineData("""{ "accepted": [ { "kind": "fixture", "fixture": "radios/without-fieldset", "selector": "main", "rule": "label", "reason": "Known" } ] }""", "/accepted/0/selector is not known in a fixture entry")]
    [InlineData("""{ "accepted": [ { "rule": "label", "selector": "main" } ] }""", "/accepted/0/reason: give why the finding is accepted")]
    [InlineData("""{ "accepted": [ { "rule": "label", "selecter": "main", "reason": "Known" } ] }""", "/accepted/0/selecter is not known")]
    [InlineData("""{ "accepted": [ { "rule": "label", "selector": "main >", "reason": "Known" } ] }""", "/accepted/0/selector: \"main >\" is not a CSS selector")]
    [InlineData("""{ "accepted": [ { "rule": "", "selector": "main", "reason": "Known" } ] }""", "/accepted/0/rule: give the rule's id")]
    [InlineData("""{ "accepted": [ "label" ] }""", "/accepted/0 is not an object")]
    [InlineData("""[ { "rule": "label" } ]""", "give an object with a list \"accepted\"")]
    [InlineData("{ \"accepted\": [\n  { \"rule\": \"label\" \"selector\": \"main\" } ] }", "not JSON at line 2, column 21: '\"' is invalid after a value.")]
    public async Task Accept_FileWithAMistake_ExitsWithTwoNamingWhere(string content, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("govdesign-accept-").FullName;

        var (exit, _, error) = await Cli.AuditAsync(audit.Site.Url("/clean"), "--accept", Write(folder, content));

        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Accept_NoSuchFile_ExitsWithTwoNamingIt()
    {
        var (exit, _, error) = await Cli.AuditAsync(audit.Site.Url("/clean"), "--accept", "/nowhere/accepted.json");

        Assert.Equal(2, exit);
        Assert.Contains("--accept /nowhere/accepted.json: there is no such file.", error);
    }

    private static string Write(string folder, string content)
    {
        var path = Path.Combine(folder, "accepted.json");
        File.WriteAllText(path, content);
        return path;
    }
}
