[assembly: AssemblyFixture(typeof(GovDesign.Forms.Runner.Tests.RunnerServer))]
