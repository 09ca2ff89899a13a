using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>file</c> question; both defaults are <see cref="FileAnswer"/>'s own.</summary>
public sealed record FileSettings : AnswerSettings
{
    /// <summary>The content types accepted (recognised by the file's content, not its name); PDF, PNG and JPEG by default.</summary>
    public IReadOnlyList<string> Accept { get; init; } = [.. new FileAnswer().AllowedKinds.Select(FileAnswer.ContentTypeOf)];

    /// <summary>The largest file accepted, in megabytes; 2 by default. Message key <c>fileSize</c>.</summary>
    public int MaxSizeMb { get; init; } = (int)(FileAnswer.DefaultMaxBytes / FileAnswerKind.Megabyte);

    /// <summary>How many files the question takes, one upload at a time; 1 by default. Message key <c>maxFiles</c>.</summary>
    public int MaxFiles { get; init; } = new FileAnswer().MaxFiles;
}

/// <summary>A file upload, like a photo or a PDF.</summary>
internal sealed class FileAnswerKind : AnswerKind<FileSettings>
{
    public const long Megabyte = 1024 * 1024;

    public override string Name => "file";

    /// <summary>Personal: never prefilled from a link.</summary>
    public override bool CanPrefill => false;

    public override Type AnswerType => typeof(FileAnswer);

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; } = Keys(Same("required"), Same("fileType"), Renamed("fileSize", "maxSize"), Same("maxFiles"));

    protected override Comparison ComparedAs(FileSettings settings) => new(AnswerShape.Nothing);

    /// <summary>The loader refuses a type whose content cannot be checked, so none is dropped here.</summary>
    protected override AnswerType Create(AnswerContext question, FileSettings s) => new FileAnswer
    {
        MaxBytes = s.MaxSizeMb * Megabyte,
        AllowedKinds = [.. s.Accept.Select(FileAnswer.KindFor).OfType<FileKind>()],
        MaxFiles = s.MaxFiles,
    };

    /// <summary>An add-another item is asked on one page post: its Remove and Upload buttons would have no item to act on.</summary>
    internal override string? RefusedOnAddAnother(FileSettings settings) => settings.MaxFiles > 1 ? "maxFiles" : null;

    /// <summary>Only "Select {subject}": the other messages say "The selected file".</summary>
    internal override IEnumerable<string> SubjectRules(Question question, FileSettings settings) => ["required"];

    internal override void CheckSettings(FileSettings s, SettingsCheck check)
    {
        for (var i = 0; i < s.Accept.Count; i++)
        {
            if (FileAnswer.KindFor(s.Accept[i]) is null)
            {
                var known = string.Join(", ", Enum.GetValues<FileKind>().Select(FileAnswer.ContentTypeOf));
                check.Error("question.accept", $"/accept/{i}", $"Files of type \"{s.Accept[i]}\" cannot be accepted: an upload is recognised by its content, not its name, and only these types can be told apart: {known}.");
            }
        }
    }

    protected override IReadOnlyList<SampleAnswer> ValidSamples(Question question, FileSettings s, DateOnly today) => [SampleAnswer.One(question.Name, SampleAnswer.File)];

    protected override SampleAnswer? InvalidSample(Question question, FileSettings settings) => SampleAnswer.One(question.Name, SampleAnswer.TextFile);
}
