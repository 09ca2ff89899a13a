namespace GovDesign.Forms.Definitions;

/// <summary>One option of a choice question.</summary>
/// <param name="Value">What is stored, exported and compared in conditions.</param>
/// <param name="Text">The option as the citizen reads it.</param>
public sealed record Option(string Value, LocalText Text)
{
    /// <summary>Help shown under the option.</summary>
    public LocalText? Hint { get; init; }

    /// <summary>For multiple choice: selecting it clears the other options ("None of these").</summary>
    public bool Exclusive { get; init; }

    /// <summary>
    /// The questions revealed under the option while it is chosen (GOV.UK conditional reveal): asked and
    /// checked only then, and their answers kept only while it stays chosen. Empty for most options.
    /// </summary>
    public IReadOnlyList<Question> Conditional { get; init; } = [];
}
