using Microsoft.AspNetCore.Mvc;

namespace BlazorStaticApp.Mvc;

/// <summary>The name question from an MVC controller and view (Views/Name.cshtml), as the guidance shows it.</summary>
[Route("mvc/name")]
public sealed class NameController : Controller
{
    [HttpGet]
    public IActionResult Ask() => View("~/Views/Name.cshtml", new NameForm());

    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Answer([FromForm(Name = "full-name")] string? fullName)
    {
        var form = new NameForm { FullName = fullName };
        return form.IsAnswered() ? Redirect("/") : View("~/Views/Name.cshtml", form);
    }
}
