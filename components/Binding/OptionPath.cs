namespace GovDesign.Components.Binding;

/// <summary>Where an option sits, for error messages: the component and the macro-option path.</summary>
internal readonly record struct OptionPath(string Component, string Path)
{
    public OptionPath Member(string name) => this with { Path = $"{Path}.{name}" };

    public OptionPath Index(int index) => this with { Path = $"{Path}[{index}]" };

    public OptionsException Error(string problem) => new(Component, Path, problem);
}
