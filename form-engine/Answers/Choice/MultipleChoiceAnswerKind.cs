using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>multipleChoice</c> question (its options are read with every question's).</summary>
public sealed record MultipleChoiceSettings : AnswerSettings
{
    /// <summary>The fewest options to select; 1 when the question is required, 0 when optional. Message key <c>minSelected</c>.</summary>
    public int? MinSelected { get; init; }

    /// <summary>The most options that may be selected. Message key <c>maxSelected</c>.</summary>
    public int? MaxSelected { get; init; }
}

/// <summary>Any number of options from a list (checkboxes); the answer is a list of option values.</summary>
internal sealed class MultipleChoiceAnswerKind : AnswerKind<MultipleChoiceSettings>
{
    public override string Name => "multipleChoice";

    public override Type AnswerType => typeof(MultipleChoiceAnswer);

    public override bool HasOptions => true;

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } =
        Keys(Same("required"), Renamed("minSelected", "minSelections"), Renamed("maxSelected", "maxSelections"));

    protected override Comparison ComparedAs(MultipleChoiceSettings settings) => new(AnswerShape.Options) { ByLength = true };

    /// <summary>The option marked <c>exclusive</c> ("None of these") is the answer type's <c>NoneOption</c>, shown after an "or" divider; the loader allows one.</summary>
    protected override AnswerType Create(AnswerContext question, MultipleChoiceSettings s)
    {
        var options = question.Options;
        var exclusive = question.Question.Options.Select(o => o.Exclusive).ToList();
        return new MultipleChoiceAnswer
        {
            Options = [.. options.Where((_, i) => !exclusive[i])],
            NoneOption = options.Where((_, i) => exclusive[i]).FirstOrDefault(),
            MinSelections = s.MinSelected ?? (question.Question.Optional ? 0 : 1),
            MaxSelections = s.MaxSelected,
        };
    }

    /// <summary>"Select {subject}, or select 'None' on its own" has no message key.</summary>
    internal override IEnumerable<string> SubjectRules(Question question, MultipleChoiceSettings s) =>
        ["required", .. Given("minSelected", s.MinSelected), .. Given("maxSelected", s.MaxSelected), .. question.Options.Any(o => o.Exclusive) ? ["exclusive"] : Array.Empty<string>()];

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, MultipleChoiceSettings s, DateOnly today) =>
        [.. question.Options.Select(o => SampleAnswer.One(question.Name, o.Value, new JsonArray(JsonValue.Create(o.Value))))];
}
