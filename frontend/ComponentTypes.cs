using GovDesign.Components;

namespace GovDesign.Frontend;

/// <summary>Finds the Razor component for a govuk-frontend component name, by convention: <c>back-link</c> is <c>BackLink</c>.</summary>
public static class ComponentTypes
{
    /// <summary>The component type for a govuk-frontend component name.</summary>
    /// <param name="component">A name such as <c>back-link</c>.</param>
    /// <returns>The type, such as <c>GovDesign.Components.BackLink</c>.</returns>
    /// <exception cref="InvalidOperationException">No component has that name.</exception>
    public static Type For(string component)
    {
        var name = string.Concat(component.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        return typeof(Button).Assembly.GetType($"{typeof(Button).Namespace}.{name}")
            ?? throw new InvalidOperationException($"There is no Razor component {name} for govuk-frontend's {component}.");
    }
}
