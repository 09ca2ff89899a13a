namespace GovDesign.Components.Binding;

/// <summary>
/// Thrown when a component is given options that make no sense, such as radios with no name.
/// The message names the component and the option, for example <c>Radios: option 'name' is required</c>.
/// </summary>
public sealed class OptionsException : ArgumentException
{
    /// <summary>Creates the exception for one option of one component.</summary>
    /// <param name="component">The component's name, for example <c>Radios</c>.</param>
    /// <param name="option">The option's path in macro-option form, for example <c>items[2].value</c>.</param>
    /// <param name="problem">What is wrong with it, completing the sentence "option '...' ...".</param>
    public OptionsException(string component, string option, string problem)
        : base($"{component}: option '{option}' {problem}")
    {
        Component = component;
        Option = option;
    }

    /// <summary>The component whose options are wrong.</summary>
    public string Component { get; }

    /// <summary>The path of the option that is wrong, in macro-option form (camelCase, <c>items[0].text</c>).</summary>
    public string Option { get; }
}
