using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Loading;
using GovDesign.Forms.Loading.Schema;

namespace GovDesign.Forms.Tests.Loading;

public sealed class SamplesAndSchemaTests
{
    public static TheoryData<string> Samples => [.. Directory.GetFiles(TestForms.SamplesFolder, "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void LoadFile_Sample_LoadsWithZeroDiagnostics(string file)
    {
        var result = FormLoader.LoadFile(Path.Combine(TestForms.SamplesFolder, file));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Form);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_PointsEditorsAtTheSchemasStableAddress(string file)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(TestForms.SamplesFolder, file)))!;

        Assert.Equal(FormLoader.SchemaUrl, (string?)json["$schema"]);
    }

    [Fact]
    public void Schema_Id_IsTheStableVersionedAddress()
    {
        Assert.Equal(FormLoader.SchemaUrl, (string?)FormLoader.Schema["$id"]);
        Assert.EndsWith("/schemas/form/v1.json", FormLoader.SchemaUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_Together_UseEveryAnswerKindAndEveryLanguage()
    {
        var forms = Directory.GetFiles(TestForms.SamplesFolder, "*.json").Select(f => FormLoader.LoadFile(f).Form!).ToList();

        Assert.Equal(AnswerKinds.All.Select(k => k.Name).Order(), forms.SelectMany(f => f.Questions).Select(q => q.Kind.Name).Distinct().Order());
        Assert.Equal(["cy", "en", "vi"], forms.SelectMany(f => f.Languages).Distinct().Order());
        Assert.Contains(forms.SelectMany(f => f.Pages), p => p.Repeat is not null);
        Assert.Contains(forms.SelectMany(f => f.Pages), p => p.IsExit);
    }

    [Fact]
    public void Schema_UsesOnlyTheKeywordsTheValidatorImplements()
    {
        var unknown = new List<string>();
        Walk(FormLoader.Schema, "", unknown);

        Assert.Empty(unknown);
    }

    [Fact]
    public void Schema_FileInTheRepository_IsTheEmbeddedSchema()
    {
        var file = File.ReadAllText(Path.Combine(TestForms.RepositoryRoot(), "form-engine", "schema", "form.schema.json"));

        Assert.Equal(file, FormLoader.SchemaText);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)FormLoader.Schema["$schema"]);
    }

    [Fact]
    public void Schema_EveryPropertyHasADescription()
    {
        var missing = new List<string>();
        Describe(FormLoader.Schema, "", missing);

        Assert.Empty(missing);
    }

    private static void Walk(JsonObject schema, string pointer, List<string> unknown)
    {
        foreach (var (key, value) in schema)
        {
            if (!SchemaValidator.Keywords.Contains(key))
            {
                unknown.Add(pointer + "/" + key);
            }

            foreach (var child in Children(key, value))
            {
                Walk(child.Schema, pointer + "/" + key + child.Suffix, unknown);
            }
        }
    }

    private static void Describe(JsonObject schema, string pointer, List<string> missing)
    {
        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
        {
            if (property is JsonObject p && !p.ContainsKey("description") && name != "type")
            {
                missing.Add(pointer + "/properties/" + name);
            }
        }

        foreach (var (key, value) in schema)
        {
            foreach (var child in Children(key, value))
            {
                Describe(child.Schema, pointer + "/" + key + child.Suffix, missing);
            }
        }
    }

    private static IEnumerable<(JsonObject Schema, string Suffix)> Children(string key, JsonNode? value) => key switch
    {
        "properties" or "$defs" => (value as JsonObject ?? []).Where(p => p.Value is JsonObject).Select(p => ((JsonObject)p.Value!, "/" + p.Key)),
        "items" or "additionalProperties" when value is JsonObject o => [(o, "")],
        "oneOf" or "anyOf" => (value as JsonArray ?? []).OfType<JsonObject>().Select((o, i) => (o, "/" + i)),
        _ => [],
    };
}

public sealed class ParallelLoadingTests
{
    [Fact]
    public void Load_ManyFormsAtOnce_GivesEachTheSameResultAsAlone()
    {
        var files = Directory.GetFiles(TestForms.SamplesFolder, "*.json");
        var broken = TestForms.Form(TestForms.Page("a") + ", " + TestForms.Page("a", question: "b"));
        var expected = FormLoader.Load(broken).Diagnostics.Select(d => d.ToString()).ToList();

        var results = Enumerable.Range(0, 32).AsParallel().Select(i => i % 2 == 0
            ? FormLoader.LoadFile(files[i % files.Length]).Diagnostics.Count
            : FormLoader.Load(broken).Diagnostics.Select(d => d.ToString()).SequenceEqual(expected) ? 0 : -1).ToList();

        Assert.All(results, r => Assert.Equal(0, r));
        Assert.Single(expected);
    }
}
