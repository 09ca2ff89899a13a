namespace GovDesign.Forms.Runner;

/// <summary>
/// The strings the form runner shows by default ("Continue", "Check your answers before sending" ...),
/// in English, Welsh and Vietnamese, through <c>IStringLocalizer&lt;RunnerText&gt;</c>.
/// </summary>
public sealed class RunnerText;
