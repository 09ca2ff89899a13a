using GovDesign.Site;
using GovDesign.Site.Export;

if (args is ["export", ..])
{
    return await ExportCommand.RunAsync(args[1..]);
}

var app = SiteApp.Build(args);
app.Run();
return 0;
