using GovDesign.Forms.Runner.Endpoints;
using GovDesign.Patterns;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>Where a change link came from, so that the page it opens returns there.</summary>
internal sealed partial class RunnerRequest
{
    /// <summary>Whether the page was reached from a change link on check answers or on a summary page, and returns there.</summary>
    public bool ReturnToCheck => ReturnTo is not null;

    /// <summary>
    /// Where a change link came from and the citizen returns after the change: <c>check-answers</c>, the
    /// path of one of the form's summary pages, or in a task list form <c>tasks/{section}</c>, a task's own
    /// check answers; null when the page was not reached from a change link (or the query names anything else).
    /// </summary>
    public string? ReturnTo => Http.Request.Query["returnTo"].ToString() is { Length: > 0 } marker
        && (marker == CheckAnswersPage.DefaultReturnTo || Form.Definition.FindPage(marker)?.Summary is not null || TaskOf(marker) is not null) ? marker : null;

    /// <summary>The section whose check answers <paramref name="marker"/> names in a task list form (<c>tasks/{section}</c>), else null.</summary>
    public GovDesign.Forms.Definitions.Section? TaskOf(string marker) =>
        Form.Definition.Layout == GovDesign.Forms.Definitions.FormLayout.TaskList && marker.StartsWith(TaskListEndpoints.Segment + "/", StringComparison.Ordinal)
            ? Form.Definition.Sections.FirstOrDefault(s => s.Id == marker[(TaskListEndpoints.Segment.Length + 1)..]) : null;
}
