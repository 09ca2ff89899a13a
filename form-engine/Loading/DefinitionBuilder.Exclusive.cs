using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>
/// An option marked <c>exclusive</c> ("None of these"): only a multiple choice question has one, since
/// radios and a select take one answer already, and it has at most one, shown after an "or" divider.
/// </summary>
internal sealed partial class DefinitionBuilder
{
    private void CheckExclusive(Question question, JsonObject json)
    {
        if (question.Options.FirstOrDefault(o => o.Exclusive) is not { } first)
        {
            return;
        }

        // Options given in the question point at their own "exclusive"; options from optionLists at the question's "options".
        var pointers = json["options"] is JsonArray
            ? Items(json["options"], question.Pointer + "/options").Where(x => Bool(x.Item?["exclusive"])).Select(x => x.Pointer + "/exclusive").ToList()
            : question.Options.Where(o => o.Exclusive).Select(_ => question.Pointer + "/options").ToList();
        if (question.Kind is not MultipleChoiceAnswerKind)
        {
            diagnostics.Error("option.exclusive", pointers[0], $"Only a multipleChoice question can have an exclusive option: \"{question.Name}\" is a {question.Kind.Name} question, which takes one answer already. Remove \"exclusive\".");
            return;
        }

        foreach (var pointer in pointers.Skip(1))
        {
            diagnostics.Error("option.exclusiveTwice", pointer, $"The question \"{question.Name}\" already has an exclusive option, \"{first.Value}\": only one option can be chosen on its own, after the \"or\". Keep one \"None of these\" option.");
        }
    }
}
