using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of an <c>email</c> question.</summary>
public sealed record EmailSettings : AnswerSettings
{
    /// <summary>The HTML autocomplete token of the input: <c>email</c> by default, or for example <c>work email</c>.</summary>
    public string Autocomplete { get; init; } = new EmailAnswer().Autocomplete;
}

/// <summary>An email address.</summary>
internal sealed class EmailAnswerKind : AnswerKind<EmailSettings>
{
    public override string Name => "email";

    /// <summary>Personal: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(EmailAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"), Renamed("email", "format"));

    protected override Comparison ComparedAs(EmailSettings settings) => new(AnswerShape.Text);

    /// <summary>"Check {subject}: did you mean ...?" has no message key.</summary>
    internal override IEnumerable<string> SubjectRules(Question question, EmailSettings settings) => [.. MessageKeys.Keys, "suggestion"];

    protected override AnswerType Create(AnswerContext question, EmailSettings s) => new EmailAnswer { Autocomplete = s.Autocomplete };

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, EmailSettings s, DateOnly today) =>
        [SampleAnswer.One(question.Name, "sam@example.com", "sam@example.com")];

    protected override SampleAnswer? InvalidSample(Question question, EmailSettings settings) => SampleAnswer.One(question.Name, "not an email address");
}
