using BlazorStaticApp.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BlazorStaticApp.RazorPages;

/// <summary>The name question as a Razor page, as the guidance shows it. Razor Pages check the antiforgery token of every post.</summary>
public sealed class NameModel : PageModel
{
    public NameForm Form { get; private set; } = new();

    public IActionResult OnPost([FromForm(Name = "full-name")] string? fullName)
    {
        Form = new NameForm { FullName = fullName };
        return Form.IsAnswered() ? Redirect("/") : Page();
    }
}
