[assembly: AssemblyFixture(typeof(GovDesign.Site.Tests.TestSite))]
