[assembly: AssemblyFixture(typeof(GovDesign.Cli.Tests.AuditedProblemPages))]
