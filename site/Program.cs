using GovDesign.Site;

var app = SiteApp.Build(args);
app.Run();
