using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;

namespace GovDesign.Forms.Loading;

/// <summary>A question's settings, bound to its kind's record, and the kind's own checks of them.</summary>
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
}
