using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>A question's settings, bound to its kind's record, and the kind's own checks of them; ranges that cannot hold.</summary>
internal sealed partial class DefinitionBuilder
{
    private AnswerSettings ReadSettings(AnswerKind kind, JsonObject json, string pointer)
    {
        if (kind.ReadSettings(json) is not { } settings)
        {
            // The schema has said what is wrong; this only keeps a mistake from passing unseen.
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error("question.settings", pointer, $"The settings of this {kind.Name} question do not have the shapes the schema gives them.");
            }

            return kind.DefaultSettings;
        }

        kind.Check(settings, new SettingsCheck(diagnostics, pointer));
        return settings;
    }

    private void CheckRanges(JsonObject json, string pointer)
    {
        foreach (var (low, high) in new[] { ("minLength", "maxLength"), ("min", "max"), ("minSelected", "maxSelected") })
        {
            if (Num(json[low]) is { } min && Num(json[high]) is { } max && min > max)
            {
                diagnostics.Error("question.range", pointer + "/" + low, $"\"{low}\" ({min}) is more than \"{high}\" ({max}), so no answer could be accepted.");
            }
        }

        if (Str(json["pattern"]) is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                diagnostics.Error("question.pattern", pointer + "/pattern", $"The pattern is not a valid regular expression: {e.Message}");
            }
        }

        if (Bool(json["mustBeInPast"]) && Bool(json["mustBeInFuture"]))
        {
            diagnostics.Error("question.range", pointer + "/mustBeInFuture", "A date cannot be both in the past and in the future.");
        }
    }

    /// <summary>Settings a kind cannot honour on an add-another page, whose items are asked in one post each.</summary>
    private void CheckSettingsOnRepeat(List<Question> questions)
    {
        foreach (var question in questions)
        {
            if (question.Kind.RefusedOnAddAnother(question.Settings) is { } setting)
            {
                diagnostics.Error("question." + setting, question.Pointer + "/" + setting, $"The question \"{question.Name}\" is on an add-another page, whose items are asked in one go, so it cannot use \"{setting}\". Ask it on a page of its own, or ask for one file per item.");
            }
        }
    }
}
