namespace GovDesign.Components;

/// <summary>One radio of a <see cref="Radios"/> group, or a divider between radios. Its options are those of every <see cref="ChoiceItem"/>.</summary>
public sealed record RadiosItem : ChoiceItem;
