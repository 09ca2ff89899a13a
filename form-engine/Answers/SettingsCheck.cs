using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Answers;

/// <summary>Where a kind reports settings the schema allows but the runner could not honour.</summary>
internal sealed class SettingsCheck(DiagnosticBag diagnostics, string pointer)
{
    /// <summary>Today, for relative dates.</summary>
    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Reports an error at a setting (a JSON pointer relative to the question, like <c>/accept/0</c>).</summary>
    public void Error(string code, string at, string message) => diagnostics.Error(code, pointer + at, message);
}
