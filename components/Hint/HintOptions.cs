namespace GovDesign.Components;

/// <summary>The hint of a form field: the <c>hint</c> option of inputs, radios, checkboxes and others.</summary>
public sealed record HintOptions
{
    /// <summary>The hint as text.</summary>
    public string? Text { get; init; }

    /// <summary>The hint as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The hint's id; fields set it from their own id when it is not given.</summary>
    public string? Id { get; init; }

    /// <summary>Extra CSS classes for the hint.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the hint.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders this hint with the given id.</summary>
    internal RenderFragment Render(string? id) => builder =>
    {
        builder.OpenComponent<Hint>(0);
        builder.AddComponentParameter(1, nameof(Hint.Id), id);
        builder.AddComponentParameter(2, nameof(Hint.Classes), Classes);
        builder.AddComponentParameter(3, nameof(Hint.Attributes), Attributes);
        builder.AddComponentParameter(4, nameof(Hint.Html), Html);
        builder.AddComponentParameter(5, nameof(Hint.Text), Text);
        builder.CloseComponent();
    };
}
