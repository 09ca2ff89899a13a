using System.CommandLine;
using GovDesign.Cli.Audit;
using GovDesign.Cli.Forms;

var root = new RootCommand("govdesign: validate, serve and export JSON forms, and audit pages for accessibility.")
{
    FormsCommand.Create(),
    AuditCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
