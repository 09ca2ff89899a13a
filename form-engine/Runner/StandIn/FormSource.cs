// STAND-IN: one hard-coded form until forms-core's loader lands; replaced by the adapter then.
using System.Text.Json.Nodes;
using GovDesign.Forms.Runner.StandIn;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Definitions;

internal static class FormSource
{
    public static IReadOnlyDictionary<string, RunnerForm> Load(string source)
    {
        _ = source;
        var name = new RunnerPage("name", [new RunnerQuestion("full-name", new StandInText(), () => new AnswerQuestion("full-name", "What is your name?", "your name"))]);
        var pets = new RunnerPage("has-pets", [new RunnerQuestion("has-pets", new StandInYesNo(), () => new AnswerQuestion("has-pets", "Do you have pets?", "you have pets"))]);
        var pet = new RunnerPage("pets", [new RunnerQuestion("pet-name", new StandInText(), () => new AnswerQuestion("pet-name", "What is the pet's name?", "the pet's name"))])
        {
            Repeat = new RepeatRule(1, 3, () => "pet"),
            Heading = () => "Your pets",
        };
        var colour = new RunnerPage("colour", [new RunnerQuestion("colour", new StandInText(), () => new AnswerQuestion("colour", "What is your favourite colour?", "your favourite colour") { Required = false })]);
        var form = new RunnerForm("stand-in", [name, pets, pet, colour], answers =>
            answers["has-pets"]?.GetValue<string>() == "yes" ? [name, pets, pet, colour] : [name, pets, colour])
        {
            Title = () => "Stand-in form",
            Languages = ["en", "cy"],
            Declaration = () => "I confirm the answers are true.",
        };
        _ = typeof(JsonObject);
        return new Dictionary<string, RunnerForm> { [form.Slug] = form };
    }
}
