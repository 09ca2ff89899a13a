using System.Text.Json.Nodes;

namespace GovDesignService;

/// <summary>The answers given so far, kept in the session as JSON, one entry per question.</summary>
public static class Answers
{
    private const string ReferenceKey = "reference";

    public static JsonNode? Get(HttpContext context, Question question) =>
        context.Session.GetString(question.Path) is { } json ? JsonNode.Parse(json) : null;

    public static void Set(HttpContext context, Question question, JsonNode? value)
    {
        if (value is null)
        {
            context.Session.Remove(question.Path);
        }
        else
        {
            context.Session.SetString(question.Path, value.ToJsonString());
        }
    }

    /// <summary>The first question without an answer, or null when every question has one.</summary>
    public static Question? FirstUnanswered(HttpContext context) =>
        Questions.All.FirstOrDefault(q => context.Session.GetString(q.Path) is null);

    /// <summary>Forgets the answers once sent, and remembers the reference for the confirmation page.</summary>
    public static void Sent(HttpContext context, string reference)
    {
        context.Session.Clear();
        context.Session.SetString(ReferenceKey, reference);
    }

    public static string? Reference(HttpContext context) => context.Session.GetString(ReferenceKey);
}
