// The service's pages and what it needs are set up in ServiceApp, which the tests start too.
await GovDesignService.ServiceApp.Build(args).RunAsync();
