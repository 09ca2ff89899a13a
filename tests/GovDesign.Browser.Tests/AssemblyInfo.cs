[assembly: AssemblyFixture(typeof(GovDesign.Browser.Tests.SiteServer))]
[assembly: AssemblyFixture(typeof(GovDesign.Browser.Tests.Chromium))]
