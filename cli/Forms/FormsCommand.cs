using System.CommandLine;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms ...</c>: validate, serve, export, deliver, start and import form definitions, and their schema (public so tests run it in-process).</summary>
public static class FormsCommand
{
    /// <summary>Creates the <c>forms</c> command and its subcommands.</summary>
    /// <returns>The command.</returns>
    public static Command Create() => new("forms", "Validate, serve and export JSON form definitions; list and replay their deliveries; start a new one; import one from XGov; get their schema.")
    {
        ValidateCommand.Create(),
        ExportCommand.Create(),
        DeliveriesCommand.Create(),
        ServeCommand.Create(),
        NewCommand.Create(),
        ImportCommand.Create(),
        SchemaCommand.Create(),
    };
}
