namespace GovDesign.Forms.Runner.Rendering;

/// <summary>One entry on an "add another" page.</summary>
/// <param name="Label">Its name and number ("Pet 1").</param>
/// <param name="Description">Its answers, as text.</param>
/// <param name="ChangeHref">Where to change it.</param>
/// <param name="RemoveAction">Where to post to remove it.</param>
public sealed record RepeatItem(string Label, string Description, string ChangeHref, string RemoveAction);
