using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>singleChoice</c> question (its options are read with every question's).</summary>
public sealed record SingleChoiceSettings : AnswerSettings
{
    /// <summary>Whether the radios sit side by side, for two or three short options; no effect on a select.</summary>
    public bool Inline { get; init; } = new SingleChoiceAnswer().Inline;

    /// <summary>Radios or a select (dropdown): <c>auto</c> (the default) shows radios up to 10 options and a select above.</summary>
    public ChoiceDisplay Display { get; init; } = ChoiceDisplay.Auto;
}

/// <summary>One option from a list: radios, or a select for a long list.</summary>
internal sealed class SingleChoiceAnswerKind : AnswerKind<SingleChoiceSettings>
{
    public override string Name => "singleChoice";

    public override Type AnswerType => typeof(SingleChoiceAnswer);

    public override bool HasOptions => true;

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"));

    protected override Comparison ComparedAs(SingleChoiceSettings settings) => new(AnswerShape.Option);

    protected override AnswerType Create(AnswerContext question, SingleChoiceSettings s) => new SingleChoiceAnswer
    {
        Options = question.Options,
        Inline = s.Inline,
        SelectThreshold = s.Display switch
        {
            ChoiceDisplay.Select => 0,
            ChoiceDisplay.Radios => int.MaxValue,
            _ => new SingleChoiceAnswer().SelectThreshold,
        },
    };

    /// <summary>Whether the question shows a select rather than radios, given its settings and options.</summary>
    public static bool ShowsSelect(Question question) => question.Settings is SingleChoiceSettings s
        && (s.Display == ChoiceDisplay.Select || (s.Display == ChoiceDisplay.Auto && question.Options.Count > new SingleChoiceAnswer().SelectThreshold));

    internal override void CheckSettings(SingleChoiceSettings s, SettingsCheck check)
    {
        if (s.Inline && s.Display == ChoiceDisplay.Select)
        {
            check.Error("question.display", "/inline", "A select (\"display\": \"select\") cannot be inline: only radios sit side by side. Remove \"inline\", or show radios.");
        }
    }

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, SingleChoiceSettings s, DateOnly today) =>
        [.. question.Options.Select(o => SampleAnswer.One(question.Name, o.Value, o.Value))];
}
