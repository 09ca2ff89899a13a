namespace GovDesign.Forms.Definitions;

/// <summary>
/// The settings of a summary page part-way through a form: it lists the answers so far of the sections
/// it names, each with a Change link that comes back to it, then a Continue button.
/// </summary>
/// <param name="Sections">The sections whose answers it shows, in the order given.</param>
public sealed record SummarySettings(IReadOnlyList<Section> Sections);
