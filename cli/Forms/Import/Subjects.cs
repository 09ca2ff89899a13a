using System.Text.RegularExpressions;

namespace GovDesign.Cli.Forms.Import;

/// <summary>
/// Makes a question's <c>subject</c> (how error messages name its answer: "Enter your full name") from its
/// label: "What is your full name?" gives "your full name", "Enter your email address" gives "your email
/// address", "Do you have a UK passport?" (yes or no) gives "yes if you have a UK passport", "Date of
/// birth" gives "date of birth". A question it cannot turn round falls back to its short summary title,
/// then to "the answer to ..." with the label.
/// </summary>
internal static partial class Subjects
{
    /// <summary>The subject for a question of <paramref name="kind"/> labelled <paramref name="label"/>.</summary>
    public static string For(string label, string kind, string? summaryTitle)
    {
        var text = Tidy(label);
        var asked = text.EndsWith('?');
        text = text.TrimEnd('?', ' ', '.', ':');
        if (kind == "yesNo")
        {
            return YesIf(text, asked) is { } yesIf ? yesIf : "yes or no";
        }

        if (!asked)
        {
            var instruction = Instruction().Match(text);
            return LowerFirst(instruction.Success ? instruction.Groups[2].Value : text);
        }

        var what = WhatIs().Match(text);
        if (what.Success)
        {
            return LowerFirst(what.Groups[2].Value);
        }

        if (summaryTitle is { Length: > 0 } && !Tidy(summaryTitle).EndsWith('?'))
        {
            return LowerFirst(Tidy(summaryTitle).TrimEnd('.', ':'));
        }

        return $"the answer to \"{text}?\"";
    }

    private static string? YesIf(string text, bool asked)
    {
        if (!asked)
        {
            return null;
        }

        var match = Auxiliary().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var verb = match.Groups[1].Value.ToLowerInvariant();
        var subject = match.Groups[2].Value;
        var rest = match.Groups[3].Value;
        var clause = verb switch
        {
            "do" or "does" => $"{subject} {rest}",
            "did" => $"{subject} did {rest}",
            _ => $"{subject} {verb} {rest}",
        };
        return "yes if " + LowerFirst(clause.Trim());
    }

    private static string Tidy(string label)
    {
        var text = HtmlToMarkdown.Collapse(label).Trim();
        var note = OptionalNote().Match(text);
        return note.Success ? text[..note.Index].TrimEnd() : text;
    }

    /// <summary>Lower-cases the first letter unless the first word is an abbreviation ("UK", "CQC") or a name-like "I".</summary>
    private static string LowerFirst(string text)
    {
        if (text.Length == 0)
        {
            return "your answer";
        }

        var firstWord = text.Split(' ')[0];
        return firstWord.Length > 1 && firstWord.Skip(1).Any(char.IsUpper) || firstWord == "I" ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"\s*\((optional|if applicable|if known)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OptionalNote();

    [GeneratedRegex(@"^(enter|provide|give|tell us|type|add|upload|select|choose|confirm|write|describe)\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"^(what is|what's|what are|what was|what were|which is|which are)\s+((the|your|their|its|his|her|our)\s+.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"^(do|does|did|are|is|was|were|have|has|had|can|will|would|should|could)\s+(you|they|we|he|she|it|your [\w-]+|the [\w-]+|this [\w-]+|any [\w-]+)\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();
}
