[assembly: AssemblyFixture(typeof(GovDesign.Tests.SiteServer))]
[assembly: AssemblyFixture(typeof(GovDesign.Browser.Tests.Chromium))]
[assembly: AssemblyFixture(typeof(GovDesign.Browser.Tests.AccessibilityReportWriter))]
