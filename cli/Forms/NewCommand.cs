using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDesign.Forms.Loading;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms new &lt;slug&gt; [--title] [--output]</c>: a starter definition that validates and points editors at the schema.</summary>
internal static partial class NewCommand
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The form's address, such as apply-for-a-permit: lower-case letters, digits and hyphens." };
        var title = new Option<string?>("--title") { Description = "The form's title; made from the slug when left out." };
        var file = new Option<string?>("--output", "-o") { Description = "The file to write; <slug>.json in this folder when left out." };
        var command = new Command("new", "Write a starter form definition, one question long, that passes forms validate.");
        command.Arguments.Add(slug);
        command.Options.Add(title);
        command.Options.Add(file);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(slug)!, parseResult.GetValue(title), parseResult.GetValue(file), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string slug, string? title, string? file, TextWriter output, TextWriter error)
    {
        if (!Slug().IsMatch(slug))
        {
            error.WriteLine($"'{slug}' is not a slug: use lower-case letters, digits and single hyphens, starting with a letter, like apply-for-a-permit.");
            return 1;
        }

        file ??= slug + ".json";
        if (File.Exists(file))
        {
            error.WriteLine($"{file} already exists: choose another --output, or remove it first.");
            return 1;
        }

        try
        {
            File.WriteAllText(file, Starter(slug, title ?? TitleFrom(slug)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: {e.Message}");
            return 1;
        }

        output.WriteLine($"Wrote {file}. Check it with: govdesign forms validate {file}");
        return 0;
    }

    /// <summary>The starter: one page asking for a name, in English; the tutorial on the docs site takes it from there.</summary>
    internal static string Starter(string slug, string title)
    {
        var form = new JsonObject
        {
            ["$schema"] = FormLoader.SchemaUrl,
            ["slug"] = slug,
            ["title"] = title,
            ["pages"] = new JsonArray(new JsonObject
            {
                ["path"] = "full-name",
                ["questions"] = new JsonArray(new JsonObject
                {
                    ["name"] = "full-name",
                    ["type"] = "text",
                    ["label"] = "What is your full name?",
                    ["subject"] = "your full name",
                    ["maxLength"] = 200,
                }),
            }),
        };
        return form.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }

    private static string TitleFrom(string slug) => char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
