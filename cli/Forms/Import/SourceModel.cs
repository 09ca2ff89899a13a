using System.Text.Json.Nodes;

namespace GovDesign.Cli.Forms.Import;

/// <summary>A link from an XGov page: its target's source path and the name of the condition on it, if any.</summary>
/// <param name="Target">The target page's path in the source, like "/your-details".</param>
/// <param name="Condition">The XGov condition's name, or null for the default link.</param>
/// <param name="Pointer">The link's JSON pointer in the source.</param>
internal sealed record SourceLink(string Target, string? Condition, string Pointer);

/// <summary>An XGov page as read, and what it becomes.</summary>
internal sealed class SourcePage
{
    public required int Index { get; init; }

    public required string Pointer { get; init; }

    public required JsonObject Json { get; init; }

    /// <summary>The page's path in the source, like "/start".</summary>
    public required string SourcePath { get; init; }

    /// <summary>Whether it is XGov's check answers page, which GovDesign's runner provides itself.</summary>
    public required bool IsSummary { get; init; }

    public required IReadOnlyList<SourceLink> Links { get; init; }

    /// <summary>The GovDesign path.</summary>
    public string Path { get; set; } = "";

    /// <summary>The questions written for it.</summary>
    public List<SourceQuestion> Questions { get; } = [];

    /// <summary>The questions revealed under the options of its questions (in their options' JSON, not in <see cref="Questions"/>).</summary>
    public List<SourceQuestion> Revealed { get; } = [];

    /// <summary>How many of the source's input components were written as questions.</summary>
    public int MappedInputs { get; set; }

    /// <summary>The content blocks written for it, in GovDesign's form.</summary>
    public JsonArray Content { get; } = [];

    /// <summary>Whether the page is an add-another page (an XGov MultiInputField on a page of its own).</summary>
    public bool Repeats { get; set; }

    /// <summary>What the report says about the page and its components, kept apart until it is known whether the page is kept.</summary>
    public ImportReport Notes { get; } = new();

    /// <summary>Whether it ends the journey: no questions, no links out, and reached from another page.</summary>
    public bool IsExit { get; set; }

    /// <summary>The condition (a GovDesign condition JSON) under which the page is shown, or null.</summary>
    public JsonObject? ShowIf { get; set; }
}

/// <summary>A question written from an XGov input component.</summary>
internal sealed class SourceQuestion
{
    /// <summary>The component's name in the source, which XGov conditions use.</summary>
    public required string SourceName { get; init; }

    public required string Pointer { get; init; }

    /// <summary>The GovDesign question JSON.</summary>
    public required JsonObject Json { get; init; }

    public required SourcePage Page { get; init; }

    public string Name => (string)Json["name"]!;

    public string Kind => (string)Json["type"]!;

    /// <summary>The option values of a choice question.</summary>
    public IEnumerable<string> OptionValues => Json["options"] is JsonArray options ? options.Select(o => (string)o!["value"]!) : [];
}
