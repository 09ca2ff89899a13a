using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>Message keys: the loader warns about one no rule of the question's type has, and the keys agree with the schema.</summary>
public sealed partial class MessageKeyTests
{
    [Fact]
    public void Load_MessageKeyTheTypeDoesNotHave_WarnsAtTheKeyWithASuggestion()
    {
        var source = Marked.Parse(TestForms.Form("""
            { "path": "age", "questions": [{ "name": "age", "type": "number", "label": "Age",
                "messages": { §"minimun": "You must be at least 16" } }] }
            """));

        var result = FormLoader.Load(source.Json);

        Assert.NotNull(result.Form);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("question.messageKey", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("/pages/0/questions/0/messages/minimun", diagnostic.Pointer);
        Assert.Equal((source.Line, source.Column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("required, number, wholeNumber, min, max", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MessageKeysTheSchemaNames_HaveNoDiagnostics()
    {
        var result = FormLoader.Load(TestForms.Form("""
            { "path": "fee", "questions": [{ "name": "fee", "type": "money", "label": "Fee",
                "messages": { "required": "Enter the fee", "money": "Enter an amount", "min": "Too small", "max": "Too big" } }] }
            """));

        Assert.Empty(result.Diagnostics);
    }

    /// <summary>Each type's keys are exactly those its schema description lists after "Message keys:".</summary>
    [Fact]
    public void MessageKeys_ForEveryType_AreTheKeysTheSchemaDocuments()
    {
        var types = JsonNode.Parse(FormLoader.SchemaText)!["$defs"]!["question"]!["oneOf"]!.AsArray();

        foreach (var type in types)
        {
            var name = type!["properties"]!["type"]!["const"]!.GetValue<string>();
            var documented = Documented(type.ToJsonString()).Order(StringComparer.Ordinal).ToList();
            var kind = AnswerKinds.Get(name);

            Assert.True(documented.SequenceEqual(kind.MessageKeys.Keys.Order(StringComparer.Ordinal)), $"{name}: the schema lists {string.Join(", ", documented)}; the runner knows {string.Join(", ", kind.MessageKeys.Keys)}.");
        }
    }

    private static IEnumerable<string> Documented(string schema) =>
        KeyList().Matches(schema).SelectMany(m => m.Groups[1].Value.Split(',')).Select(k => k.Trim().Split(' ')[0]).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"Message keys?: ([^.]*)\.")]
    private static partial Regex KeyList();
}
