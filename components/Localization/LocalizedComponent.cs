namespace GovDesign.Components.Localization;

/// <summary>
/// A component that shows GovDesign's default text (<typeparamref name="TText"/>'s strings) in the
/// current language. The localiser is looked up when first used rather than injected, so that an
/// app without <c>AddGovDesignComponents()</c> is told to call it (<see cref="GovDesignText.For{TText}"/>).
/// </summary>
/// <typeparam name="TText">The class that names the strings, such as <see cref="ComponentText"/>.</typeparam>
public abstract class LocalizedComponent<TText> : ComponentBase
{
    private IStringLocalizer<TText>? _text;

    /// <summary>The app's services, where the strings are found.</summary>
    [Inject] private IServiceProvider Services { get; set; } = null!;

    /// <summary>The strings in the current language.</summary>
    protected IStringLocalizer<TText> T => _text ??= GovDesignText.For<TText>(Services);
}
