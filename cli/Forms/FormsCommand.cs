using System.CommandLine;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms ...</c>: validate, serve and export form definitions.</summary>
internal static class FormsCommand
{
    public static Command Create() => new("forms", "Validate, serve and export JSON form definitions.")
    {
        ValidateCommand.Create(),
        ExportCommand.Create(),
        ServeCommand.Create(),
    };
}
